import type { TileAddress } from './corridorTiles'

/** What a PMTiles archive covers: the fields of the same names in its header. */
export interface ArchiveCoverage {
  minZoom: number
  maxZoom: number
  minLon: number
  minLat: number
  maxLon: number
  maxLat: number
}

const lonOf = (x: number, z: number) => (x / 2 ** z) * 360 - 180
const latOf = (y: number, z: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / 2 ** z))) * 180) / Math.PI

/** The tiles of a list that an archive can hold: at its zoom levels and overlapping its bounds. */
export function tilesInArchive(tiles: readonly TileAddress[], coverage: ArchiveCoverage): TileAddress[] {
  return tiles.filter(({ z, x, y }) => z >= coverage.minZoom && z <= coverage.maxZoom
    && lonOf(x, z) < coverage.maxLon && lonOf(x + 1, z) > coverage.minLon
    && latOf(y + 1, z) < coverage.maxLat && latOf(y, z) > coverage.minLat)
}

const TILE_PARAM = 'tile'

/**
 * The URL one tile of an archive is stored under: the archive's URL with the tile's address as a query.
 * Nothing fetches it; the map and walk downloads use it as the Cache Storage key.
 */
export function archiveTileKey(archiveUrl: string, { z, x, y }: TileAddress): string {
  return `${archiveUrl}${archiveUrl.includes('?') ? '&' : '?'}${TILE_PARAM}=${z}/${x}/${y}`
}

/** The tile address in a key made by `archiveTileKey`, or null for any other URL. */
export function tileOfArchiveKey(key: string): TileAddress | null {
  const match = new RegExp(`[?&]${TILE_PARAM}=(\\d+)/(\\d+)/(\\d+)$`).exec(key)
  return match ? { z: Number(match[1]), x: Number(match[2]), y: Number(match[3]) } : null
}
