import type { WalkDetail } from '../types/walk'
import type { LatLng } from '../utils/geo'

export interface PreviewPoint { x: number, y: number }

export interface RoutePreview {
  width: number
  height: number
  /** SVG path data of the route line. */
  line: string
  stops: (PreviewPoint & { number: number, title: string, approximate: boolean })[]
  stations: (PreviewPoint & { label: string })[]
  /** Ground metres per drawn pixel at the walk's latitude. */
  metresPerPixel: number
}

const EARTH_RADIUS_M = 6_378_137

/** Web Mercator in metres: what slippy maps draw, so the preview looks like the interactive map. */
function mercator({ lat, lng }: LatLng): PreviewPoint {
  const x = (lng * Math.PI / 180) * EARTH_RADIUS_M
  const y = Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI / 180) / 2)) * EARTH_RADIUS_M
  return { x, y }
}

/**
 * A to-scale drawing of a walk for the page's first paint: route, numbered stops and stations, fitted
 * into `width` px with a margin. No tiles and no map library, so it shows at once, with no connection,
 * and costs no script. An approximate stop is only marked as such: its whole area (hundreds of metres)
 * would cover the other stops and shrink the route into a corner; the stop page and the map say how far.
 */
export function buildRoutePreview(walk: WalkDetail, width = 640, maxHeight = 460, margin = 28): RoutePreview {
  const latitudeScale = 1 / Math.cos((walk.stops[0]?.position.lat ?? 31) * Math.PI / 180)
  const points = [
    ...walk.line.map(([lat, lng]) => mercator({ lat, lng })),
    ...walk.stops.map(stop => mercator(stop.position)),
    mercator(walk.start.position),
    mercator(walk.end.position),
  ]
  const xs = points.map(p => p.x)
  const ys = points.map(p => p.y)
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]
  const spanX = Math.max(maxX - minX, 1)
  const spanY = Math.max(maxY - minY, 1)
  const scale = Math.min((width - 2 * margin) / spanX, (maxHeight - 2 * margin) / spanY)
  const height = Math.round(spanY * scale + 2 * margin)
  const offsetX = (width - spanX * scale) / 2
  const toPixels = (point: LatLng): PreviewPoint => {
    const m = mercator(point)
    return { x: round(offsetX + (m.x - minX) * scale), y: round(margin + (maxY - m.y) * scale) }
  }
  const round = (n: number) => Math.round(n * 10) / 10

  return {
    width,
    height,
    line: walk.line.map(([lat, lng], index) => {
      const { x, y } = toPixels({ lat, lng })
      return `${index ? 'L' : 'M'}${x} ${y}`
    }).join(''),
    stops: walk.stops.map(stop => ({
      ...toPixels(stop.position),
      number: stop.number,
      title: stop.title,
      approximate: stop.approximate,
    })),
    // Mercator metres are stretched by 1/cos(latitude): ground metres are fewer per drawn pixel.
    metresPerPixel: 1 / (latitudeScale * scale),
    stations: [walk.start, walk.end].map(station => ({ ...toPixels(station.position), label: station.label })),
  }
}
