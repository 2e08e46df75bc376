import autocannon from 'autocannon'
import { freshSignup } from './signupBody'

export interface LoadFigures {
  rps: number
  p50Ms: number
  p99Ms: number
  errors: number
  /** Sign-ups the server acknowledged (2xx). */
  acknowledged: number
}

/** Autocannon against POST /api/events/:id/signups, every request a new, valid person, the events taken in turn. */
export async function signupLoad(origin: string, eventIds: string[], connections: number, seconds: number): Promise<LoadFigures> {
  let turn = 0
  const result = await autocannon({
    url: origin,
    connections,
    duration: seconds,
    requests: [{
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      setupRequest: request => ({ ...request, path: `/api/events/${eventIds[turn++ % eventIds.length]}/signups`, body: JSON.stringify(freshSignup()) }),
    }],
  })
  return {
    rps: Math.round(result['2xx'] / result.duration),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
    acknowledged: result['2xx'],
  }
}
