import type { EventDetail } from '../types/event'
import type { WalkDetail } from '../types/walk'
import type { LatLng } from '../utils/geo'
import { declutter } from './declutter'

export interface PreviewPoint { x: number, y: number }

/** What a preview draws, from a walk or a group walk. */
export interface PreviewShape {
  line: [number, number][]
  stops: { position: LatLng, number: number, title: string, approximate: boolean }[]
  stations: { position: LatLng, label: string }[]
  /** A group walk's meeting point, drawn as a pin. */
  meetingPoint?: LatLng
}

export interface RoutePreview {
  width: number
  height: number
  /** SVG path data of the route line. */
  line: string
  stops: (PreviewPoint & { number: number, title: string, approximate: boolean })[]
  stations: (PreviewPoint & { label: string })[]
  meetingPoint: PreviewPoint | null
  /** Ground metres per drawn pixel at the walk's latitude. */
  metresPerPixel: number
}

const EARTH_RADIUS_M = 6_378_137
// Sizes of what components/map/RoutePreview.vue draws, in the drawing's pixels.
const STOP_RADIUS = 13
const APPROXIMATE_RING_RADIUS = 19
const STATION_RADIUS = 11
const PIN_RADIUS = 11
const PIN_CENTRE_ABOVE_TIP = 19

/** Web Mercator in metres: what slippy maps draw, so the preview looks like the interactive map. */
function mercator({ lat, lng }: LatLng): PreviewPoint {
  const x = (lng * Math.PI / 180) * EARTH_RADIUS_M
  const y = Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI / 180) / 2)) * EARTH_RADIUS_M
  return { x, y }
}

/** A walk that comes back to where it began is drawn with one station, named as both. */
export const endsWhereItBegan = (walk: Pick<WalkDetail, 'start' | 'end'>) =>
  walk.start.position.lat === walk.end.position.lat && walk.start.position.lng === walk.end.position.lng

/** A walk's stops and stations, as the tile map draws them. */
export function walkPreviewShape(walk: WalkDetail): PreviewShape {
  return { line: walk.line, stops: walk.stops, stations: endsWhereItBegan(walk) ? [walk.start] : [walk.start, walk.end] }
}

/** A group walk's own route: its stops (all placed exactly) and the pin where the group meets. */
export function eventPreviewShape(event: Pick<EventDetail, 'line' | 'stops' | 'meetingPoint'>): PreviewShape {
  return {
    line: event.line,
    stops: event.stops.map(stop => ({ position: { lat: stop.lat, lng: stop.lng }, number: stop.number, title: stop.title, approximate: false })),
    stations: [],
    meetingPoint: event.meetingPoint,
  }
}

/**
 * A to-scale drawing of a walk for the page's first paint: route, numbered stops and stations, fitted
 * into `width` px with a margin. No tiles and no map library, so it shows at once, with no connection,
 * and costs no script. An approximate stop is only marked as such: its whole area (hundreds of metres)
 * would cover the other stops and shrink the route into a corner; the stop page and the map say how far.
 */
export function buildRoutePreview(shape: PreviewShape, width = 640, maxHeight = 460, margin = 28): RoutePreview {
  const latitudeScale = 1 / Math.cos((shape.stops[0]?.position.lat ?? 31) * Math.PI / 180)
  const points = [
    ...shape.line.map(([lat, lng]) => mercator({ lat, lng })),
    ...shape.stops.map(stop => mercator(stop.position)),
    ...shape.stations.map(station => mercator(station.position)),
    ...(shape.meetingPoint ? [mercator(shape.meetingPoint)] : []),
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

  // As on the tile map, nothing hides anything: the meeting pin keeps its spot, then the stops, then the stations.
  const meetingPoint = shape.meetingPoint ? toPixels(shape.meetingPoint) : null
  const stops = shape.stops.map(stop => ({ ...toPixels(stop.position), number: stop.number, title: stop.title, approximate: stop.approximate }))
  const stations = shape.stations.map(station => ({ ...toPixels(station.position), label: station.label }))
  const footprints = [
    ...(meetingPoint ? [{ x: meetingPoint.x, y: meetingPoint.y - PIN_CENTRE_ABOVE_TIP, radius: PIN_RADIUS }] : []),
    ...stops.map(stop => ({ ...stop, radius: stop.approximate ? APPROXIMATE_RING_RADIUS : STOP_RADIUS })),
    ...stations.map(station => ({ ...station, radius: STATION_RADIUS })),
  ]
  const offsets = declutter(footprints).slice(meetingPoint ? 1 : 0)
  const moved = <T extends PreviewPoint>(point: T, i: number): T => ({ ...point, x: round(point.x + offsets[i]!.dx), y: round(point.y + offsets[i]!.dy) })

  return {
    width,
    height,
    line: shape.line.map(([lat, lng], index) => {
      const { x, y } = toPixels({ lat, lng })
      return `${index ? 'L' : 'M'}${x} ${y}`
    }).join(''),
    stops: stops.map(moved),
    // Mercator metres are stretched by 1/cos(latitude): ground metres are fewer per drawn pixel.
    metresPerPixel: 1 / (latitudeScale * scale),
    stations: stations.map((station, i) => moved(station, stops.length + i)),
    meetingPoint,
  }
}
