/** Liveness for a process supervisor or load balancer: the process answers. */
export default defineEventHandler((event) => {
  setResponseHeader(event, 'cache-control', 'no-store')
  return { status: 'alive' }
})
