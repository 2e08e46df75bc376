// A stand-in for a map tile server: every /tiles/{z}/{x}/{y}.png answers with a plain 256×256 PNG,
// so browser tests draw a real tile layer without reaching any outside host.
import { createServer } from 'node:http'
import { solidPng } from './solidPng.mjs'

const port = Number(process.env.TILE_PORT || 3901)

const tile = solidPng(256, [232, 236, 226])
let served = 0

createServer((request, response) => {
  if (request.url === '/count') {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ served }))
    return
  }
  if (/^\/tiles\/\d+\/\d+\/\d+\.png$/.test(request.url ?? '')) {
    served++
    response.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*' }).end(tile)
    return
  }
  response.writeHead(404).end()
}).listen(port, '127.0.0.1', () => console.log(`tile server on ${port}`))
