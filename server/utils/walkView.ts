import { LOCALE_CODES, type LocaleCode } from '../../i18n/registry'
import type { LatLng } from '../../shared/utils/geo'
import { isApproximate } from '../../shared/utils/approximate'
import { sumLegs, walkingLeg, type Leg } from '../../shared/utils/walking'
import type { NarrationView, WalkDetail, WalkStopView, WalkSummary } from '../../shared/types/walk'
import { walkFactsSchema } from '../../shared/schemas/content'
import type { ContentSnapshot } from './contentStore'
import { pickText } from '../../shared/utils/pickText'
import { sourceChangedSince } from './translationState'

const toPair = (p: LatLng): [number, number] => [p.lat, p.lng]
const fromPair = ([lat, lng]: [number, number]): LatLng => ({ lat, lng })

/** The narration of a stop in a language, trimmed to what the player needs. */
export function narrationFor(content: ContentSnapshot, slug: string, locale: LocaleCode): NarrationView | null {
  const narration = content.narrations.get(slug)?.get(locale)
  if (!narration) return null
  return { kind: narration.kind, durationS: narration.durationS, cues: narration.cues, sources: narration.sources, outdated: narration.stale === true }
}

type WalkFacts = ContentSnapshot['walkFacts'] extends Map<string, infer F> ? F : never

/** The walk's recorded path points after a stop (or 'start') towards the next place, WGS-84; none: a straight leg. */
export function viaPoints(facts: WalkFacts): (fromKey: string) => LatLng[] {
  // The content store keeps an absent optional object as a string, and its generated type loses the
  // tuple; re-reading through the schema restores both.
  const path = walkFactsSchema.shape.path.parse(typeof facts.path === 'object' && facts.path ? facts.path : undefined)
  return fromKey => (path?.[fromKey] ?? []).map(fromPair)
}

/** Builds one walk in one language; null when the walk does not exist. */
export function buildWalk(content: ContentSnapshot, slug: string, locale: LocaleCode): WalkDetail | null {
  const facts = content.walkFacts.get(slug)
  const text = pickText(content.walkTexts.get(slug), locale)
  if (!facts || !text) return null

  const places = facts.stops.map((stopSlug) => {
    const stop = content.stopFacts.get(stopSlug)
    if (!stop) throw createError({ statusCode: 500, message: `Walk ${slug} names unknown stop ${stopSlug}` })
    return { slug: stopSlug, stop }
  })
  const via = viaPoints(facts)

  const legs: Leg[] = []
  const line: [number, number][] = [toPair(facts.start.position)]
  let previousKey = 'start'
  let previous: LatLng = facts.start.position
  for (const { slug: stopSlug, stop } of [...places, { slug: 'end', stop: facts.end }]) {
    legs.push(walkingLeg(previous, stop.position, via(previousKey)))
    line.push(...via(previousKey).map(toPair), toPair(stop.position))
    previous = stop.position
    previousKey = stopSlug
  }

  const stops: WalkStopView[] = places.map(({ slug: stopSlug, stop }, index) => {
    const stopText = pickText(content.stopTexts.get(stopSlug), locale)
    if (!stopText) throw createError({ statusCode: 500, message: `Stop ${stopSlug} has no text` })
    return {
      slug: stopSlug,
      number: index + 1,
      title: stopText.text.title,
      summary: stopText.text.summary,
      lang: stopText.lang,
      translated: stopText.translated,
      nameZh: stop.nameZh,
      position: stop.position,
      approximate: isApproximate(stop.position),
      narration: narrationFor(content, stopSlug, stopText.lang),
      legToNext: legs[index + 1]!,
    }
  })

  const languages = LOCALE_CODES.filter(code =>
    content.walkTexts.get(slug)?.has(code) && facts.stops.every(s => content.stopTexts.get(s)?.has(code)),
  )
  const totals = sumLegs(legs)

  return {
    slug,
    title: text.text.title,
    summary: text.text.summary,
    lang: text.lang,
    translated: text.translated,
    body: text.text.body,
    sourceChanged: text.translated ? sourceChangedSince(content.walkTexts.get(slug), text.lang) : null,
    stopCount: stops.length,
    distanceM: totals.distanceM,
    durationMin: totals.durationMin,
    languages,
    start: { ...facts.start, label: text.text.startLabel },
    end: { ...facts.end, label: text.text.endLabel },
    notes: facts.practical.notes,
    legFromStart: legs[0]!,
    stops,
    narration: narrationFor(content, slug, text.lang),
    line,
  }
}

/** Every walk in one language, as the walk list shows them. */
export function summariseWalks(content: ContentSnapshot, locale: LocaleCode): WalkSummary[] {
  return [...content.walkFacts.keys()]
    .map(slug => buildWalk(content, slug, locale))
    .filter(walk => walk !== null)
    .map(({ slug, title, summary, lang, translated, stopCount, distanceM, durationMin, languages }) =>
      ({ slug, title, summary, lang, translated, stopCount, distanceM, durationMin, languages }))
}
