/** One Server-Sent Event as it came over the wire. */
export interface StreamedEvent {
  id?: string
  event: string
  data: string
}

/** Reads the Server-Sent Events of a fetch answer as they arrive; leaving the loop closes the connection. */
export async function* readEventStream(response: Response): AsyncGenerator<StreamedEvent> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
  let buffer = ''
  try {
    for (;;) {
      const { value, done } = await reader.read()
      if (done) return
      buffer += value.replace(/\r\n?/g, '\n')
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const event = parseEvent(buffer.slice(0, end))
        buffer = buffer.slice(end + 2)
        if (event) yield event
      }
    }
  }
  finally {
    await reader.cancel().catch(() => {})
  }
}

/** The first event of a stream (a comment-only block is no event), then the connection is closed. */
export async function firstEvent(response: Response): Promise<StreamedEvent | null> {
  for await (const event of readEventStream(response)) return event
  return null
}

function parseEvent(block: string): StreamedEvent | null {
  const event: StreamedEvent = { event: 'message', data: '' }
  const data: string[] = []
  let fields = 0
  for (const line of block.split('\n')) {
    if (line.startsWith(':') || line === '') continue
    const colon = line.indexOf(':')
    const name = colon < 0 ? line : line.slice(0, colon)
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '')
    fields++
    if (name === 'data') data.push(value)
    else if (name === 'event') event.event = value
    else if (name === 'id') event.id = value
  }
  if (fields === 0) return null
  event.data = data.join('\n')
  return event
}
