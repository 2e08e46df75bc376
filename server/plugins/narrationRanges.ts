/**
 * Narration audio is answered before Nitro's public-file handler, which reads a whole file into memory
 * and knows no byte ranges (see serveNarrationFile).
 */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.h3App.stack.unshift({
    route: '',
    handler: defineEventHandler(async (event) => {
      if (await serveNarrationFile(event)) event._handled = true
    }),
  })
})
