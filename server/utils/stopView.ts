import type { LocaleCode } from '../../i18n/registry'
import { isApproximate } from '../../shared/utils/approximate'
import { walkingLeg } from '../../shared/utils/walking'
import type { StopDetail, StopNeighbour } from '../../shared/types/walk'
import { pickText } from '../../shared/utils/pickText'
import { buildWalk, narrationFor } from './walkView'
import type { ContentSnapshot } from './contentStore'
import { sourceChangedSince } from './translationState'
import { practicalView } from './practicalView'
import { questionLines } from '../../shared/schemas/content'
import { publishedPhotoView } from '../../shared/utils/photoView'

/** One stop of one walk in one language; null when the walk or the stop on it does not exist. */
export function buildStop(content: ContentSnapshot, walkSlug: string, stopSlug: string, locale: LocaleCode): StopDetail | null {
  const walk = buildWalk(content, walkSlug, locale)
  const index = walk?.stops.findIndex(s => s.slug === stopSlug) ?? -1
  const facts = content.stopFacts.get(stopSlug)
  const text = pickText(content.stopTexts.get(stopSlug), locale)
  if (!walk || index < 0 || !facts || !text) return null

  const here = walk.stops[index]!
  const neighbour = (i: number): StopNeighbour | null => {
    const other = walk.stops[i]
    if (!other) return null
    // From here to the next stop reuses the walk's leg; back to the previous one is measured afresh.
    const leg = i > index ? here.legToNext : walkingLeg(here.position, other.position)
    return { slug: other.slug, title: other.title, lang: other.lang, translated: other.translated, leg, narration: narrationFor(content, other.slug, other.lang) }
  }

  return {
    slug: stopSlug,
    title: text.text.title,
    summary: text.text.summary,
    address: text.text.address,
    accessNotes: text.text.accessNotes,
    questions: questionLines(text.text.questions ?? ''),
    lang: text.lang,
    translated: text.translated,
    body: text.text.body,
    sourceChanged: text.translated ? sourceChangedSince(content.stopTexts.get(stopSlug), text.lang) : null,
    accessCheckOnSite: facts.accessCheckOnSite,
    practical: practicalView(facts, [walk.start, walk.end]),
    nameZh: facts.nameZh,
    addressZh: facts.addressZh,
    position: facts.position,
    approximate: isApproximate(facts.position),
    sources: facts.sources,
    photo: facts.photo ? publishedPhotoView(stopSlug, facts.photo) : null,
    narration: narrationFor(content, stopSlug, text.lang),
    walk: { slug: walk.slug, title: walk.title, number: here.number, stopCount: walk.stopCount },
    previous: neighbour(index - 1),
    next: neighbour(index + 1),
  }
}
