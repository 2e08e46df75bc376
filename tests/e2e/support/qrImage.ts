import { writeFileSync } from 'node:fs'
import jsQR from 'jsqr'

/** A ticket's QR drawing as the page gets it: size in modules and an SVG path of the dark ones (`M<x> <y>h1v1h-1z` each). */
export interface QrDrawing {
  size: number
  path: string
}

const WIDTH = 640
const HEIGHT = 480

/** The drawing as a grey image (one byte a pixel, black on white), the code centred and scaled to fill most of it. */
function paint(qr: QrDrawing): Buffer {
  const scale = Math.floor(Math.min(WIDTH, HEIGHT) * 0.8 / qr.size)
  const left = Math.floor((WIDTH - qr.size * scale) / 2)
  const top = Math.floor((HEIGHT - qr.size * scale) / 2)
  const luma = Buffer.alloc(WIDTH * HEIGHT, 255)
  for (const [, x, y] of qr.path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let row = 0; row < scale; row++) {
      const start = (top + Number(y) * scale + row) * WIDTH + left + Number(x) * scale
      luma.fill(0, start, start + scale)
    }
  }
  return luma
}

/** What a QR reader reads from the drawing. */
export function readQr(qr: QrDrawing): string | null {
  const luma = paint(qr)
  const rgba = new Uint8ClampedArray(WIDTH * HEIGHT * 4)
  luma.forEach((value, i) => rgba.set([value, value, value, 255], i * 4))
  return jsQR(rgba, WIDTH, HEIGHT)?.data ?? null
}

/** Writes a still video (YUV4MPEG2, I420) of the drawing for Chromium's fake camera (--use-file-for-fake-video-capture). */
export function writeQrVideo(file: string, qr: QrDrawing) {
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2), 128)
  const frame = Buffer.concat([Buffer.from('FRAME\n'), paint(qr), chroma, chroma])
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`)
  writeFileSync(file, Buffer.concat([header, frame, frame]))
}
