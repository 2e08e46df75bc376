import { useGZipCompression } from 'h3-compression'

/**
 * Rendered pages are gzipped as they are sent: Node's server does not, and an uncompressed page is three
 * times the bytes on a weak connection. Static files ship precompressed (nitro.compressPublicAssets).
 */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('render:response', async (response, { event }) => {
    if (typeof response.body !== 'string' || response.body.length < 1024) return
    // The error page is rendered by an internal request whose answer Nitro reads back: it must stay plain.
    if (event.path.startsWith('/__nuxt_error')) return
    appendResponseHeader(event, 'Vary', 'Accept-Encoding')
    if (!/\bgzip\b/.test(getRequestHeader(event, 'accept-encoding') ?? '')) return
    await useGZipCompression(event, response)
  })
})
