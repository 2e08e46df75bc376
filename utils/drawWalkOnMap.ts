import type * as Leaflet from 'leaflet'
import type { WalkDetail } from '#shared/types/walk'
import type { LatLng } from '#shared/utils/geo'
import { endsWhereItBegan } from '#shared/map/routePreview'
import { spreadMarkers, type SpreadMarker } from './map/spreadMarkers'

export interface DrawWalkOptions {
  /** Moves a WGS-84 point into the tile source's datum. */
  project: (point: LatLng) => LatLng
  stopHref: (slug: string) => string
  labels: { approximateArea: string, start: string, end: string, startAndEnd: string }
}

/**
 * Draws the route line, numbered stops (areas for approximate positions) and the two stations.
 * Returns the bounds of everything drawn.
 */
export function drawWalkOnMap(L: typeof Leaflet, map: Leaflet.Map, walk: WalkDetail, options: DrawWalkOptions) {
  const toLeaflet = (point: LatLng) => toLeafletPoint(L, options.project, point)
  const routeColour = routeColourOf(map)
  const line = drawRouteLine(L, map, walk.line.map(([lat, lng]) => toLeaflet({ lat, lng })))
  const bounds = line.getBounds()
  const markers: SpreadMarker[] = []

  for (const stop of walk.stops) {
    const centre = toLeaflet(stop.position)
    if (stop.approximate) {
      // Faint and not tappable: the stops it may cover stay visible and reachable.
      L.circle(centre, { radius: stop.position.accuracyM, color: routeColour, weight: 2, dashArray: '6 6', fillOpacity: 0.06, interactive: false }).addTo(map)
      // Circle.getBounds() needs a map view, which is only set after fitBounds.
      bounds.extend(centre.toBounds(stop.position.accuracyM * 2))
    }
    const note = stop.approximate ? `<br><small>${escapeHtml(options.labels.approximateArea)}</small>` : ''
    markers.push({ marker: addStopMarker(L, map, { ...stop, at: centre, href: options.stopHref(stop.slug), note }), radius: STOP_MARKER_RADIUS })
    bounds.extend(centre)
  }

  const stations = endsWhereItBegan(walk)
    ? [[walk.start, options.labels.startAndEnd]] as const
    : [[walk.start, options.labels.start], [walk.end, options.labels.end]] as const
  for (const [station, label] of stations) {
    const marker = L.marker(toLeaflet(station.position), {
      icon: L.divIcon({ className: 'station-marker', html: '<span>M</span>', iconSize: [28, 28], iconAnchor: [14, 14] }),
      title: `${label}: ${station.label}`,
      alt: `${label}: ${station.label}`,
    }).bindTooltip(escapeHtml(station.label), { direction: 'top', offset: [0, -14] }).addTo(map)
    markers.push({ marker, radius: 14 })
  }
  // The stops keep their spots; a station that would cover one is drawn beside it.
  spreadMarkers(L, map, markers, routeColour)
  return bounds
}
