import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { H3Event } from 'h3'
import send from 'send'

/** A narration file's path: /narration/<locale>/<slug>.<opus|mp3>, nothing else. */
const NARRATION_PATH = /^\/narration\/[a-z]{2}\/[a-z0-9]+(?:-[a-z0-9]+)*\.(?:opus|mp3)$/

/** Where the built site's public files are: beside the server in a build, the project's public/ in development. */
function publicDir(): string {
  const entry = (globalThis as { _importMeta_?: { url?: string } })._importMeta_?.url
  return import.meta.dev || !entry ? resolve('public') : resolve(dirname(fileURLToPath(entry)), '..', 'public')
}

/**
 * Serves narration audio with byte ranges (206, Accept-Ranges, 416 past the end), ETag and
 * Last-Modified, streamed from disk: Safari on iPhone plays and seeks audio only through ranges, and on a
 * slow link a seek must not fetch the whole file first. Answers nothing (the next handler goes on) for
 * any other path or a file that is not there.
 */
export function serveNarrationFile(event: H3Event): Promise<boolean> {
  const path = event.path.split('?')[0]!
  if ((event.method !== 'GET' && event.method !== 'HEAD') || !NARRATION_PATH.test(path)) return Promise.resolve(false)
  return new Promise((done) => {
    // Ended by send itself for a 304, a HEAD or a 416 as well as after the file: the answer is out.
    event.node.res.once('finish', () => done(true))
    send(event.node.req, path, { root: publicDir(), index: false, dotfiles: 'deny', maxAge: '1h', acceptRanges: true })
      .on('headers', res => res.setHeader('X-Content-Type-Options', 'nosniff'))
      // Not there (or not a file): nothing was written, so the app's own 404 answers. A range past the
      // end is answered 416, with the Content-Range send has set.
      .on('error', (error: { status?: number }) => {
        if (error.status !== 416) return done(false)
        event.node.res.statusCode = 416
        event.node.res.end()
      })
      .on('directory', () => done(false))
      .pipe(event.node.res)
  })
}
