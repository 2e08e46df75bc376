import { SITE_VISIT_SOURCE, type StopFacts } from '../../shared/schemas/content'
import type { PracticalView, StationView } from '../../shared/types/walk'
import { walkingLeg } from '../../shared/utils/walking'

/** A stop's practical facts as the page shows them: sources named, and the walk's nearer station. */
export function practicalView(facts: StopFacts, stations: StationView[]): PracticalView {
  const { visiting, residential, hours, admission } = facts.practical
  const named = <Claim extends { source?: number }>(claim: Claim) => {
    const source = claim.source === undefined ? undefined : facts.sources[claim.source]
    if (source?.title === SITE_VISIT_SOURCE.title) return { ...claim, source: null, onSite: true }
    return { ...claim, source: source ? (source.publisher ?? source.title) : null, onSite: false }
  }
  const legs = stations.map(station => ({ label: station.label, minutes: walkingLeg(station.position, facts.position).durationMin }))
  return {
    visiting: named(visiting),
    residential: residential === true,
    hours: hours ? named(hours) : null,
    admission: admission ? named(admission) : null,
    metro: legs.reduce((nearest, leg) => (leg.minutes < nearest.minutes ? leg : nearest)),
  }
}
