import type { IncomingMessage } from 'node:http'
import type { H3Event } from 'h3'
import type { ApiErrorKey } from '../../shared/types/apiError'

/** What a sender may still send after its body was refused, read and dropped so it hears the 413; past this the connection is cut. */
const DRAINED_BYTES = 64 * 1024 * 1024

/**
 * Reads a request body of at most `limit` bytes, whatever its Content-Length says, or if it is chunked
 * and has none, and leaves it where h3's `readBody` finds it. A longer body is refused with a 413
 * (`tooLarge`) as soon as it passes the limit, without keeping more of it in memory.
 */
export async function readBoundedBody(event: H3Event, limit: number, tooLarge: ApiErrorKey): Promise<Buffer> {
  const request = event.node.req as IncomingMessage & { body?: unknown, rawBody?: unknown }
  // A call from within the server (event.$fetch) hands its body over in memory; a stream read before is kept by h3.
  const readAlready = [event._requestBody, request.rawBody, request.body].some(held => held !== undefined) || request.readableEnded
  const body = readAlready ? await readRawBody(event, false) ?? Buffer.alloc(0) : await readStream(request, limit, tooLarge)
  if (body.length > limit) throw apiError(413, tooLarge)
  event._requestBody = body as Buffer<ArrayBuffer>
  return body
}

function readStream(request: IncomingMessage, limit: number, tooLarge: ApiErrorKey): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const keep = (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) return chunks.push(chunk)
      request.off('data', keep)
      request.on('data', drop)
      reject(apiError(413, tooLarge))
    }
    // Destroying the request instead would reset the connection before the sender reads the answer.
    const drop = (chunk: Buffer) => {
      size += chunk.length
      if (size > limit + DRAINED_BYTES) request.destroy()
    }
    request.on('data', keep)
    request.once('end', () => resolve(Buffer.concat(chunks)))
    request.once('error', reject)
  })
}
