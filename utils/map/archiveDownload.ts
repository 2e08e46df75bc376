import { archiveTileKey, tileOfArchiveKey, tilesInArchive } from '#shared/map/archiveTiles'
import type { TileAddress } from '#shared/map/corridorTiles'
import { archiveTile, openArchive } from './pmtilesArchive'

/**
 * The keys a walk download stores an archive's route tiles under: those the archive can hold, or, for the size
 * shown before a download (`forSizeOnly`), all of them without opening the archive.
 */
export async function archiveTileUrls(archiveUrl: string, tiles: TileAddress[], forSizeOnly = false): Promise<string[]> {
  const held = forSizeOnly ? tiles : tilesInArchive(tiles, await (await openArchive(archiveUrl)).getHeader())
  return held.map(tile => archiveTileKey(archiveUrl, tile))
}

/** The stored answer for one key made by `archiveTileUrls`: the tile read out of the archive. */
export async function archiveTileResponse(archiveUrl: string, key: string, signal: AbortSignal): Promise<Response> {
  return archiveTile(await openArchive(archiveUrl), tileOfArchiveKey(key)!, signal)
}
