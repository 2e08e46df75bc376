import { distanceM, type LatLng } from './geo'

export interface RoutePlace {
  slug: string
  position: LatLng
}

export interface WalkPath {
  /** The walk's stops in its own order. */
  stops: string[]
  start: LatLng
  /** Path points recorded after a stop (or 'start') towards the walk's next place. */
  via: (fromKey: string) => LatLng[]
}

// An organiser who keeps the walk's start station as the meeting point may nudge the pin a little.
const SAME_PLACE_M = 50

/**
 * The line of a group walk: from the meeting point through its stops in order. Where two places
 * follow each other as on the walk the event comes from (the meeting point counting as the walk's
 * start when it is there), the line takes the walk's recorded path; elsewhere it is straight.
 */
export function eventRouteLine(meeting: LatLng, stops: RoutePlace[], walk?: WalkPath): [number, number][] {
  const pair = (p: LatLng): [number, number] => [p.lat, p.lng]
  const line = [pair(meeting)]
  let fromKey = walk && distanceM(meeting, walk.start) <= SAME_PLACE_M ? 'start' : null
  for (const stop of stops) {
    const nextOnWalk = walk && fromKey ? walk.stops[fromKey === 'start' ? 0 : walk.stops.indexOf(fromKey) + 1] : undefined
    if (walk && fromKey && nextOnWalk === stop.slug) line.push(...walk.via(fromKey).map(pair))
    line.push(pair(stop.position))
    fromKey = stop.slug
  }
  return line
}
