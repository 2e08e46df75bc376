import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const LEAFLET_DIR = 'node_modules/leaflet/dist'
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.svg': 'image/svg+xml' }

/** Serves the framework-free reference page with the walk's data written in, and Leaflet from node_modules. */
export function startBaselineServer(port: number, walk: unknown, tileUrl: string): Promise<Server> {
  const page = readFileSync(new URL('./baseline.html', import.meta.url), 'utf8')
    .replace('__WALK_JSON__', JSON.stringify(walk))
    .replace('__TILE_URL__', JSON.stringify(tileUrl))
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname
    // Compressed like the app's own files, so the comparison is about the page, not the transfer.
    const send = (type: string, body: Buffer | string) => {
      const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding']))
      response.writeHead(200, { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip' } : {}) }).end(gzip ? gzipSync(body) : body)
    }
    if (path === '/walk.html') return send('text/html; charset=utf-8', page)
    if (path.startsWith('/leaflet/') && !path.includes('..')) {
      const file = join(LEAFLET_DIR, path.slice('/leaflet/'.length))
      try {
        return send(TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream', readFileSync(file))
      }
      catch {
        // Falls through to the 404 below.
      }
    }
    response.writeHead(404).end()
  })
  return new Promise(resolve => server.listen(port, '127.0.0.1', () => resolve(server)))
}
