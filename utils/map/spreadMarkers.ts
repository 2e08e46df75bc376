import type * as Leaflet from 'leaflet'
import { declutter } from '#shared/map/declutter'

export interface SpreadMarker {
  marker: Leaflet.Marker
  /** Half the icon's width, in pixels. */
  radius: number
  /** Where the icon's middle is drawn, in pixels from the point it marks (a pin stands above its tip). */
  centre?: { x: number, y: number }
}

/**
 * Keeps markers from hiding each other (stop 1 under the start station, a stop under the meeting pin):
 * at every zoom, a marker that would overlap one listed before it is drawn beside it, and a small dot
 * stays on the exact spot. Leaflet positions icons by transform, so the shift is made with their margins.
 */
export function spreadMarkers(L: typeof Leaflet, map: Leaflet.Map, markers: SpreadMarker[], dotColour: string) {
  const dots = L.layerGroup().addTo(map)
  const spread = () => {
    dots.clearLayers()
    const points = markers.map(({ marker, radius, centre }) => {
      const point = map.latLngToLayerPoint(marker.getLatLng())
      return { x: point.x + (centre?.x ?? 0), y: point.y + (centre?.y ?? 0), radius }
    })
    declutter(points).forEach(({ dx, dy }, i) => {
      const element = markers[i]!.marker.getElement()
      if (!element) return
      // The icon's own margins (its anchor), kept from before the first shift.
      element.dataset.marginLeft ??= element.style.marginLeft
      element.dataset.marginTop ??= element.style.marginTop
      element.style.marginLeft = `${(Number.parseFloat(element.dataset.marginLeft) || 0) + dx}px`
      element.style.marginTop = `${(Number.parseFloat(element.dataset.marginTop) || 0) + dy}px`
      if (dx || dy) L.circleMarker(markers[i]!.marker.getLatLng(), { radius: 4, weight: 2, color: '#fff', fillColor: dotColour, fillOpacity: 1, interactive: false }).addTo(dots)
    })
  }
  // Markers get their elements once the map has a view; every zoom changes what overlaps.
  map.whenReady(spread)
  map.on('zoomend', spread)
}
