/** Looks a request up in every cache, downloaded walks included; Vary is ignored because pages differ by URL only. */
export async function fromAnyCache(request: RequestInfo): Promise<Response | undefined> {
  return caches.match(request, { ignoreVary: true })
}
