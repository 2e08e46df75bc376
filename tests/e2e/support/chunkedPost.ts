import { request as httpRequest } from 'node:http'

export interface ChunkedAnswer {
  status: number | null
  body: { statusCode?: number, data?: { key?: string } } | null
  /** The connection error the sender saw (ECONNRESET, EPIPE…), if any. */
  error: string | null
}

/**
 * POSTs `total` bytes in 64 KiB chunks with Transfer-Encoding: chunked and no Content-Length, as a
 * client streaming a body of unknown size does, and keeps sending after an early answer, as a browser
 * does. Resolves once the exchange is over, with the answer and any connection error.
 */
export function postChunked(url: string, total: number, headers: Record<string, string>): Promise<ChunkedAnswer> {
  return new Promise((resolve) => {
    const answer: ChunkedAnswer = { status: null, body: null, error: null }
    let sent = 0
    let text = ''
    const request = httpRequest(url, { method: 'POST', headers: { ...headers, 'transfer-encoding': 'chunked' } })
    request.on('response', (response) => {
      answer.status = response.statusCode ?? null
      response.setEncoding('utf8')
      response.on('data', (part: string) => text += part)
      response.on('error', error => answer.error ??= (error as NodeJS.ErrnoException).code ?? error.message)
    })
    request.on('error', error => answer.error ??= (error as NodeJS.ErrnoException).code ?? error.message)
    request.on('close', () => {
      try {
        answer.body = JSON.parse(text)
      }
      catch {
        answer.body = null
      }
      resolve(answer)
    })
    const chunk = Buffer.alloc(64 * 1024, 0x61)
    const pump = () => {
      while (sent < total && !answer.error) {
        const part = chunk.subarray(0, Math.min(chunk.length, total - sent))
        sent += part.length
        if (!request.write(part)) return void request.once('drain', pump)
      }
      if (!answer.error) request.end()
    }
    pump()
  })
}
