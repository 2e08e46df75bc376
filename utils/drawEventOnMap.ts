import type * as Leaflet from 'leaflet'
import type { EventDetail } from '#shared/types/event'
import type { LatLng } from '#shared/utils/geo'
import { spreadMarkers } from './map/spreadMarkers'

export interface DrawEventOptions {
  /** Moves a WGS-84 point into the tile source's datum. */
  project: (point: LatLng) => LatLng
  /** A stop's page, for events that follow a walk; null: the popup only names the stop. */
  stopHref: (slug: string) => string | null
  labels: { meetingPoint: string }
}

/**
 * Draws a group walk's route (its line from the meeting point through its stops), the numbered
 * stops, and the meeting point as a pin whose popup carries the organiser's note. Returns the bounds.
 */
export function drawEventOnMap(L: typeof Leaflet, map: Leaflet.Map, event: EventDetail, options: DrawEventOptions) {
  const meeting = toLeafletPoint(L, options.project, event.meetingPoint)
  const stops = event.stops.map(stop => ({ ...stop, at: toLeafletPoint(L, options.project, stop) }))
  const line = drawRouteLine(L, map, event.line.map(([lat, lng]) => toLeafletPoint(L, options.project, { lat, lng })))
  const stopMarkers = stops.map(stop => addStopMarker(L, map, { ...stop, href: options.stopHref(stop.slug) ?? undefined }))

  const note = event.meetingNote.text ? `<br>${escapeHtml(event.meetingNote.text)}` : ''
  const pin = L.marker(meeting, { icon: meetingPointIcon(L), title: options.labels.meetingPoint, alt: options.labels.meetingPoint, keyboard: true, zIndexOffset: 1000 })
    .bindPopup(`<strong>${escapeHtml(options.labels.meetingPoint)}</strong>${note}`)
    .addTo(map)
  // The pin stays on the spot where the group meets; a stop it would cover is drawn beside it.
  spreadMarkers(L, map, [
    { marker: pin, radius: MEETING_PIN_RADIUS, centre: MEETING_PIN_CENTRE },
    ...stopMarkers.map(marker => ({ marker, radius: STOP_MARKER_RADIUS })),
  ], routeColourOf(map))
  return line.getBounds()
}
