import { CONTENT_FALLBACK_LOCALE, LOCALE_CODES, type LocaleCode } from '../../i18n/registry'
import type { NarrationState, StatusCounts, StatusRow, TranslationStatus } from '../../shared/types/studio'
import { translationState, type TextVersion } from './translationState'

type Texts = ReadonlyMap<string, ReadonlyMap<LocaleCode, TextVersion & { title: string }>>

/** What the status is worked out from: the built content store, or the studio's workspace on disk. */
export interface StatusContent {
  walkFacts: ReadonlyMap<string, { stops: readonly string[] }>
  stopFacts: ReadonlyMap<string, unknown>
  stopTexts: Texts
  walkTexts: Texts
  narrations: ReadonlyMap<string, ReadonlyMap<LocaleCode, { kind: 'recorded' | 'synthesised', stale?: true | null }>>
}

const emptyCounts = (): StatusCounts => ({ original: 0, current: 0, stale: 0, missing: 0, recorded: 0, synthesised: 0, outdated: 0, none: 0 })

/** Every stop and walk × every language: is the text there and up to date, and is there narration. */
export function buildTranslationStatus(content: StatusContent): TranslationStatus {
  const counts = Object.fromEntries(LOCALE_CODES.map(code => [code, emptyCounts()])) as Record<LocaleCode, StatusCounts>

  const rowsOf = (slugs: string[], texts: Texts, narrationOf?: (slug: string, locale: LocaleCode) => NarrationState): StatusRow[] =>
    slugs.map(slug => ({
      slug,
      title: texts.get(slug)?.get(CONTENT_FALLBACK_LOCALE)?.title ?? slug,
      cells: Object.fromEntries(LOCALE_CODES.map((locale) => {
        const text = translationState(texts.get(slug), locale)
        const narration = narrationOf?.(slug, locale)
        counts[locale][text]++
        if (narration) counts[locale][narration]++
        return [locale, narration ? { text, narration } : { text }]
      })) as StatusRow['cells'],
    }))

  // Stops in the order the walks visit them, then any stop no walk visits.
  const walkSlugs = [...content.walkFacts.keys()]
  const stopSlugs = [...new Set([...[...content.walkFacts.values()].flatMap(w => w.stops), ...content.stopFacts.keys()])]
  const narrationOf = (slug: string, locale: LocaleCode): NarrationState => {
    const narration = content.narrations.get(slug)?.get(locale)
    return !narration ? 'none' : narration.stale ? 'outdated' : narration.kind
  }
  return {
    locales: [...LOCALE_CODES],
    stops: rowsOf(stopSlugs, content.stopTexts, narrationOf),
    // A walk's narration is its spoken introduction.
    walks: rowsOf(walkSlugs, content.walkTexts, narrationOf),
    counts,
  }
}
