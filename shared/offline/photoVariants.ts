/** `/photos/<slug>/<id>-<width>.<format>`: the part every width and format of one photo shares, or null for another path. */
export function photoKey(pathname: string): string | null {
  return /^(\/photos\/[a-z0-9-]+\/[0-9a-f]{12})-\d+\.(?:avif|webp)$/.exec(pathname)?.[1] ?? null
}

/** Whether a stored URL holds the same photo as the one asked for, at any width or format. */
export function isVariantOf(storedUrl: string, wantedPathname: string): boolean {
  const wanted = photoKey(wantedPathname)
  return wanted !== null && photoKey(new URL(storedUrl, 'http://x').pathname) === wanted
}
