import { createServer, connect, type Socket } from 'node:net'

export interface CuttableProxy {
  origin: string
  /** The signal is lost: every open connection drops and new ones are reset until `restore`. */
  cut: () => void
  restore: () => void
  close: () => Promise<void>
}

/**
 * A TCP relay in front of `target` (host:port) that a test can cut, as a phone losing its signal does:
 * Chromium's offline emulation stops new requests but leaves an open stream (Server-Sent Events) flowing.
 */
export async function startCuttableProxy(target: { host: string, port: number }): Promise<CuttableProxy> {
  const open = new Set<Socket>()
  let isCut = false
  const server = createServer((client) => {
    if (isCut) return client.destroy()
    const upstream = connect(target.port, target.host)
    for (const socket of [client, upstream]) {
      open.add(socket)
      socket.on('close', () => open.delete(socket))
      socket.on('error', () => {})
    }
    client.pipe(upstream).pipe(client)
    client.on('close', () => upstream.destroy())
    upstream.on('close', () => client.destroy())
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return {
    origin: `http://127.0.0.1:${port}`,
    cut: () => {
      isCut = true
      for (const socket of open) socket.destroy()
    },
    restore: () => {
      isCut = false
    },
    close: () => {
      for (const socket of open) socket.destroy()
      return new Promise(resolve => server.close(() => resolve()))
    },
  }
}
