import type { PMTiles } from 'pmtiles'
import type { TileAddress } from '#shared/map/corridorTiles'

// PMTiles' TileType numbers for raster images (written here so the library itself loads only when used).
const IMAGE_TYPES: Record<number, string> = { 2: 'image/png', 3: 'image/jpeg', 4: 'image/webp', 5: 'image/avif' }

const readers = new Map<string, Promise<PMTiles>>()

/** The reader of one archive, shared by the map and walk downloads; the pmtiles library loads on first use. */
export function openArchive(url: string): Promise<PMTiles> {
  let reader = readers.get(url)
  if (!reader) {
    reader = import('pmtiles').then(({ PMTiles }) => new PMTiles(url))
    readers.set(url, reader)
  }
  return reader
}

/**
 * One tile as an answer to store or show: the image, or an empty body where the archive has no such tile
 * (a sparse archive), so a walk download stores that too and does not fail over it.
 */
export async function archiveTile(archive: PMTiles, { z, x, y }: TileAddress, signal?: AbortSignal): Promise<Response> {
  const [header, tile] = await Promise.all([archive.getHeader(), archive.getZxy(z, x, y, signal)])
  return new Response(tile?.data ?? new Uint8Array(0), { headers: { 'content-type': IMAGE_TYPES[header.tileType] ?? 'application/octet-stream' } })
}
