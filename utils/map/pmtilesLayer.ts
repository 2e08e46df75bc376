import type * as Leaflet from 'leaflet'
import { archiveTileKey } from '#shared/map/archiveTiles'
import { archiveTile, openArchive } from './pmtilesArchive'

/** A tile a walk download stored (so offline too), else read out of the archive with range requests. */
async function tileImage(archiveUrl: string, coords: Leaflet.Coords): Promise<Blob> {
  const stored = 'caches' in window ? await caches.match(archiveTileKey(archiveUrl, coords)) : undefined
  if (stored) return stored.blob()
  return (await archiveTile(await openArchive(archiveUrl), coords)).blob()
}

/**
 * A Leaflet layer of the raster tiles in one PMTiles archive. (The pmtiles package's own Leaflet layer reads
 * Leaflet from a global and cannot show a stored tile offline.) Zooms past the archive's deepest level
 * enlarge its tiles, once its header is known.
 */
export function pmtilesLayer(L: typeof Leaflet, archiveUrl: string, options: Leaflet.GridLayerOptions): Leaflet.GridLayer {
  const ArchiveLayer = L.GridLayer.extend({
    createTile(coords: Leaflet.Coords, done: Leaflet.DoneCallback) {
      const image = document.createElement('img')
      image.alt = ''
      image.setAttribute('role', 'presentation')
      tileImage(archiveUrl, coords).then((blob) => {
        // A tile the archive does not have: nothing to draw, and nothing wrong.
        if (blob.size === 0) return done(undefined, image)
        image.onload = () => done(undefined, image)
        image.onerror = () => done(new Error(`tile ${coords.z}/${coords.x}/${coords.y} is not an image`), image)
        image.src = URL.createObjectURL(blob)
      }, (error: Error) => done(error, image))
      return image
    },
  }) as new (options: Leaflet.GridLayerOptions) => Leaflet.GridLayer
  const layer = new ArchiveLayer(options)
  layer.on('tileunload', ({ tile }) => {
    if ((tile as HTMLImageElement).src.startsWith('blob:')) URL.revokeObjectURL((tile as HTMLImageElement).src)
  })
  openArchive(archiveUrl).then(archive => archive.getHeader()).then((header) => {
    Object.assign(layer.options, { minNativeZoom: header.minZoom, maxNativeZoom: header.maxZoom })
    const zoom = (layer as unknown as { _map?: Leaflet.Map })._map?.getZoom()
    if (zoom !== undefined && (zoom < header.minZoom || zoom > header.maxZoom)) layer.redraw()
  }, () => {
    // Offline before the header was ever read: stored tiles still show, at the zooms they were stored for.
  })
  return layer
}
