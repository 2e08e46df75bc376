import { distanceM, type LatLng } from '../utils/geo'

export interface TileAddress { z: number, x: number, y: number }

/** Web-Mercator tile column and row containing a point (the scheme every slippy-map source uses). */
export function tileOf({ lat, lng }: LatLng, z: number): { x: number, y: number } {
  const n = 2 ** z
  const latRad = (lat * Math.PI) / 180
  const x = Math.floor(((lng + 180) / 360) * n)
  const y = Math.floor(((1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2) * n)
  return { x: Math.min(n - 1, Math.max(0, x)), y: Math.min(n - 1, Math.max(0, y)) }
}

const METRES_PER_DEGREE_LAT = 111_320

/**
 * The tiles that cover a route and a band of `bufferM` metres on each side, at each zoom: what a walker
 * sees when the map follows them. Points are sampled along each leg so no tile under the line is missed.
 */
export function corridorTiles(line: readonly LatLng[], bufferM: number, zooms: readonly number[]): TileAddress[] {
  const samples: LatLng[] = []
  line.forEach((point, index) => {
    const next = line[index + 1]
    if (!next) return samples.push(point)
    const steps = Math.max(1, Math.ceil(distanceM(point, next) / (bufferM / 2)))
    for (let step = 0; step < steps; step++) {
      samples.push({ lat: point.lat + ((next.lat - point.lat) * step) / steps, lng: point.lng + ((next.lng - point.lng) * step) / steps })
    }
  })

  const tiles = new Map<string, TileAddress>()
  for (const z of zooms) {
    for (const point of samples) {
      const dLat = bufferM / METRES_PER_DEGREE_LAT
      const dLng = bufferM / (METRES_PER_DEGREE_LAT * Math.cos((point.lat * Math.PI) / 180))
      const corner1 = tileOf({ lat: point.lat + dLat, lng: point.lng - dLng }, z)
      const corner2 = tileOf({ lat: point.lat - dLat, lng: point.lng + dLng }, z)
      for (let x = corner1.x; x <= corner2.x; x++) {
        for (let y = corner1.y; y <= corner2.y; y++) tiles.set(`${z}/${x}/${y}`, { z, x, y })
      }
    }
  }
  return [...tiles.values()]
}

/** A tile's URL exactly as Leaflet builds it, subdomain included, so a stored tile is found when the map asks. */
export function tileUrl(template: string, { z, x, y }: TileAddress, subdomains = 'abc'): string {
  const s = subdomains[Math.abs(x + y) % subdomains.length] ?? ''
  return template.replace(/\{([sxyz])\}/g, (_, key: string) => String({ s, x, y, z }[key as 's' | 'x' | 'y' | 'z']))
}
