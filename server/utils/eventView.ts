import type { LocaleCode } from '../../i18n/registry'
import { isLocaleCode, LOCALES } from '../../i18n/registry'
import { formatShanghai } from '../../shared/utils/shanghaiTime'
import type { EventDetail, EventSummary } from '../../shared/types/event'
import { pickText } from '../../shared/utils/pickText'
import { signupClosedReason } from '../../shared/utils/signupRules'
import { eventRouteLine } from '../../shared/utils/eventRoute'
import type { EventCounts, EventRow } from '../db/eventStore'
import type { ContentSnapshot } from './contentStore'
import { viaPoints } from './walkView'

/** Organisers write descriptions in one or more languages; readers get theirs or the first written. */
function localisedField(texts: Record<string, string>, locale: LocaleCode) {
  const entries = Object.entries(texts).filter(([code, text]) => isLocaleCode(code) && text.trim()) as [LocaleCode, string][]
  const picked = pickText(new Map(entries), locale)
  if (picked) return { text: picked.text, lang: picked.lang, translated: picked.translated }
  const [code, text] = entries[0] ?? ['en', '']
  return { text, lang: code, translated: code === locale }
}

function stopTitle(content: ContentSnapshot, slug: string, locale: LocaleCode) {
  return pickText(content.stopTexts.get(slug), locale)?.text.title ?? slug
}

export function toEventSummary(content: ContentSnapshot, event: EventRow, counts: EventCounts, locale: LocaleCode, now: Date): EventSummary {
  const walkTitle = event.walkSlug ? pickText(content.walkTexts.get(event.walkSlug), locale)?.text.title : undefined
  const first = event.stopSlugs[0]
  const last = event.stopSlugs.at(-1)
  return {
    id: event.id,
    walkSlug: event.walkSlug,
    title: walkTitle ?? `${stopTitle(content, first!, locale)} → ${stopTitle(content, last!, locale)}`,
    startsAt: event.startsAt.toISOString(),
    startsLabel: formatShanghai(event.startsAt, LOCALES.find(l => l.code === locale)!.language),
    durationMin: event.durationMin,
    capacity: event.capacity,
    placesLeft: Math.max(0, event.capacity - counts.confirmed),
    waitingCount: counts.waiting,
    guideLanguages: event.guideLanguages.filter(isLocaleCode),
    status: event.status === 'cancelled' ? 'cancelled' : 'published',
    closedReason: signupClosedReason(event, now),
    description: localisedField(event.descriptions, locale),
    meetingNote: localisedField(event.meetingNote, locale),
  }
}

export function toEventDetail(content: ContentSnapshot, event: EventRow, counts: EventCounts, locale: LocaleCode, now: Date): EventDetail {
  const meetingPoint = { lat: event.meetingLat / 1e6, lng: event.meetingLng / 1e6 }
  const stops = event.stopSlugs.flatMap((slug, index) => {
    const facts = content.stopFacts.get(slug)
    const walkSlug = walkOfStop(content, slug, event.walkSlug)
    return facts && walkSlug ? [{ slug, walk: walkSlug, number: index + 1, title: stopTitle(content, slug, locale), lat: facts.position.lat, lng: facts.position.lng }] : []
  })
  const walk = event.walkSlug ? content.walkFacts.get(event.walkSlug) : undefined
  return {
    ...toEventSummary(content, event, counts, locale, now),
    meetingPoint,
    signupDeadline: event.signupDeadline.toISOString(),
    stops,
    line: eventRouteLine(meetingPoint, stops.map(s => ({ slug: s.slug, position: s })),
      walk && { stops: walk.stops, start: walk.start.position, via: viaPoints(walk) }),
  }
}

/** The walk whose stop page shows `slug`: the event's own walk when it has the stop, else the first that does. */
function walkOfStop(content: ContentSnapshot, slug: string, preferred: string | null): string | null {
  const walks = [...content.walkFacts.entries()]
  const holding = walks.filter(([, walk]) => walk.stops.includes(slug)).map(([walkSlug]) => walkSlug)
  return preferred && holding.includes(preferred) ? preferred : holding[0] ?? null
}
