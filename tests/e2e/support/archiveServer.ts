import { createServer } from 'node:http'

export interface ArchiveServer {
  url: string
  /** The byte ranges asked for so far, as `start-end`. */
  ranges: string[]
  close: () => Promise<void>
}

/**
 * Serves one file at /archive.pmtiles with HTTP range requests and CORS, as a static host or object store
 * serves a PMTiles archive to a page on another origin.
 */
export function serveArchive(port: number, bytes: Uint8Array): Promise<ArchiveServer> {
  const ranges: string[] = []
  const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'range', 'access-control-expose-headers': 'content-range' }
  const server = createServer((request, response) => {
    if (request.method === 'OPTIONS') return response.writeHead(204, cors).end()
    if (request.url !== '/archive.pmtiles') return response.writeHead(404, cors).end()
    const range = /^bytes=(\d+)-(\d+)$/.exec(request.headers.range ?? '')
    if (!range) return response.writeHead(200, { ...cors, 'content-type': 'application/octet-stream' }).end(bytes)
    const start = Number(range[1])
    const end = Math.min(Number(range[2]), bytes.length - 1)
    ranges.push(`${start}-${end}`)
    response.writeHead(206, { ...cors, 'content-type': 'application/octet-stream', 'content-range': `bytes ${start}-${end}/${bytes.length}` })
      .end(bytes.subarray(start, end + 1))
  })
  return new Promise(resolve => server.listen(port, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${port}/archive.pmtiles`,
    ranges,
    close: () => new Promise(done => server.close(() => done())),
  })))
}
