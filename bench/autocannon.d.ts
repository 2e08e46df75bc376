// autocannon ships no types; only what the benchmarks use.
declare module 'autocannon' {
  interface Request {
    method?: string
    path?: string
    headers?: Record<string, string>
    body?: string
    setupRequest?: (request: Request) => Request
  }
  interface Options {
    url: string
    connections?: number
    duration?: number
    requests?: Request[]
  }
  interface Result {
    'duration': number
    '2xx': number
    'non2xx': number
    'errors': number
    'timeouts': number
    'latency': { p50: number, p99: number, average: number }
    'requests': { average: number }
  }
  export default function autocannon(options: Options): Promise<Result>
}
