import type * as Leaflet from 'leaflet'
import type { LatLng } from '#shared/utils/geo'

/** Pieces that every map of ours draws the same way: markers, the route colour, safe popup text. */

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' })[c]!)

/** The route colour of the current theme (the CSS variable), for Leaflet's SVG strokes. */
export const routeColourOf = (map: Leaflet.Map) =>
  getComputedStyle(map.getContainer()).getPropertyValue('--route').trim() || '#c2410c'

/** A WGS-84 point moved into the tile source's datum, as Leaflet wants it. */
export const toLeafletPoint = (L: typeof Leaflet, project: (point: LatLng) => LatLng, point: LatLng) => {
  const p = project(point)
  return L.latLng(p.lat, p.lng)
}

/** Half a stop marker's width: 34 px, over the 24 px a finger needs with room around it. */
export const STOP_MARKER_RADIUS = 17

export const stopIcon = (L: typeof Leaflet, number: number, approximate = false) => L.divIcon({
  className: approximate ? 'stop-marker stop-marker--approximate' : 'stop-marker',
  html: `<span>${number}</span>`,
  iconSize: [STOP_MARKER_RADIUS * 2, STOP_MARKER_RADIUS * 2],
  iconAnchor: [STOP_MARKER_RADIUS, STOP_MARKER_RADIUS],
})

export const MEETING_PIN_RADIUS = 15
/** The pin's middle, from its tip: it stands above the spot it marks. */
export const MEETING_PIN_CENTRE = { x: 0, y: -21 }

/** The group's meeting point: a pin whose tip is on the spot. */
export const meetingPointIcon = (L: typeof Leaflet) => L.divIcon({
  className: 'meeting-marker',
  html: '<span></span>',
  iconSize: [MEETING_PIN_RADIUS * 2, MEETING_PIN_RADIUS * 2],
  iconAnchor: [MEETING_PIN_RADIUS - MEETING_PIN_CENTRE.x, MEETING_PIN_RADIUS - MEETING_PIN_CENTRE.y],
})

/** The walking route as a dotted line in the route colour. */
export const drawRouteLine = (L: typeof Leaflet, map: Leaflet.Map, points: Leaflet.LatLng[]) => L.polyline(points, {
  color: routeColourOf(map), weight: 5, opacity: 0.85, dashArray: '1 9', lineCap: 'round',
}).addTo(map)

interface StopMarker {
  number: number
  title: string
  at: Leaflet.LatLng
  approximate?: boolean
  /** Where the popup leads; none: the popup names the stop only. */
  href?: string
  /** HTML added under the popup's title. */
  note?: string
}

/** A numbered stop whose popup names it and, with `href`, links to its page (routed by the map's click handler). */
export function addStopMarker(L: typeof Leaflet, map: Leaflet.Map, stop: StopMarker) {
  const label = `${stop.number}. ${stop.title}`
  const title = stop.href ? `<a href="${escapeHtml(stop.href)}" data-stop-link>${escapeHtml(label)}</a>` : `<strong>${escapeHtml(label)}</strong>`
  return L.marker(stop.at, { icon: stopIcon(L, stop.number, stop.approximate), title: label, alt: label, keyboard: true })
    .bindPopup(`${title}${stop.note ?? ''}`)
    .addTo(map)
}
