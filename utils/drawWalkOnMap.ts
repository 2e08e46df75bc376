import type * as Leaflet from 'leaflet'
import type { WalkDetail } from '#shared/types/walk'
import type { LatLng } from '#shared/utils/geo'

export interface DrawWalkOptions {
  /** Moves a WGS-84 point into the tile source's datum. */
  project: (point: LatLng) => LatLng
  stopHref: (slug: string) => string
  labels: { approximateArea: string, start: string, end: string }
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' })[c]!)

/**
 * Draws the route line, numbered stops (areas for approximate positions) and the two stations.
 * Returns the bounds of everything drawn.
 */
export function drawWalkOnMap(L: typeof Leaflet, map: Leaflet.Map, walk: WalkDetail, options: DrawWalkOptions) {
  const toLeaflet = (point: LatLng) => {
    const p = options.project(point)
    return L.latLng(p.lat, p.lng)
  }
  const routeColour = getComputedStyle(map.getContainer()).getPropertyValue('--route').trim() || '#c2410c'
  const line = L.polyline(walk.line.map(([lat, lng]) => toLeaflet({ lat, lng })), {
    color: routeColour, weight: 5, opacity: 0.85, dashArray: '1 9', lineCap: 'round',
  }).addTo(map)
  const bounds = line.getBounds()

  for (const stop of walk.stops) {
    const centre = toLeaflet(stop.position)
    if (stop.approximate) {
      L.circle(centre, { radius: stop.position.accuracyM, color: routeColour, weight: 2, dashArray: '6 6', fillOpacity: 0.12 }).addTo(map)
      // Circle.getBounds() needs a map view, which is only set after fitBounds.
      bounds.extend(centre.toBounds(stop.position.accuracyM * 2))
    }
    const icon = L.divIcon({
      className: stop.approximate ? 'stop-marker stop-marker--approximate' : 'stop-marker',
      html: `<span>${stop.number}</span>`,
      iconSize: [34, 34],
      iconAnchor: [17, 17],
    })
    const note = stop.approximate ? `<br><small>${escapeHtml(options.labels.approximateArea)}</small>` : ''
    L.marker(centre, { icon, title: `${stop.number}. ${stop.title}`, alt: `${stop.number}. ${stop.title}`, keyboard: true })
      .bindPopup(`<a href="${escapeHtml(options.stopHref(stop.slug))}" data-stop-link>${stop.number}. ${escapeHtml(stop.title)}</a>${note}`)
      .addTo(map)
    bounds.extend(centre)
  }

  for (const [station, label] of [[walk.start, options.labels.start], [walk.end, options.labels.end]] as const) {
    L.marker(toLeaflet(station.position), {
      icon: L.divIcon({ className: 'station-marker', html: '<span>M</span>', iconSize: [28, 28], iconAnchor: [14, 14] }),
      title: `${label}: ${station.label}`,
      alt: `${label}: ${station.label}`,
    }).bindTooltip(escapeHtml(station.label), { direction: 'top', offset: [0, -14] }).addTo(map)
  }
  return bounds
}
