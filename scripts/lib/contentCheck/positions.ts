import type { Position } from '../../../shared/schemas/content'
import type { ParsedContent } from './parsed'
import { error, type Problem } from './problem'

/**
 * A box around the Shanghai municipality. Geography summaries give its land as 30°42′–31°52′ N,
 * 120°52′–121°58′ E; the box adds a few minutes on each side and reaches 122°12′ E for the islands
 * off the coast. A point outside is a typo, swapped lat/lng or a coordinate of another city.
 */
export const SHANGHAI_BOUNDS = { south: 30 + 40 / 60, north: 31 + 54 / 60, west: 120 + 50 / 60, east: 122 + 12 / 60 }

export const insideShanghai = ({ lat, lng }: Pick<Position, 'lat' | 'lng'>) =>
  lat >= SHANGHAI_BOUNDS.south && lat <= SHANGHAI_BOUNDS.north && lng >= SHANGHAI_BOUNDS.west && lng <= SHANGHAI_BOUNDS.east

/** Every stop, station and route point lies inside Shanghai. */
export function checkPositions(parsed: ParsedContent): Problem[] {
  const problems: Problem[] = []
  const check = (file: string, line: number, where: string, point: { lat: number, lng: number }) => {
    if (!insideShanghai(point)) problems.push(error(file, line, `${where} (${point.lat}, ${point.lng}) is outside Shanghai`))
  }
  for (const { source, value } of parsed.stopFacts) check(source.file, source.yaml.lineOf(['position']), 'position', value.position)
  for (const { source, value } of parsed.walkFacts) {
    for (const end of ['start', 'end'] as const) {
      check(source.file, source.yaml.lineOf([end, 'position']), `${end}.position`, value[end].position)
    }
    for (const [key, points] of Object.entries(value.path ?? {})) {
      points.forEach(([lat, lng], i) => check(source.file, source.yaml.lineOf(['path', key, i]), `path.${key}[${i}]`, { lat, lng }))
    }
  }
  return problems
}
