/**
 * On SIGTERM or SIGINT Nitro stops taking requests and waits for those in flight; a live stream never
 * finishes by itself, so it is ended as soon as the signal comes (the phones reconnect elsewhere).
 */
export default defineNitroPlugin(() => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, closeLiveStreams)
})
