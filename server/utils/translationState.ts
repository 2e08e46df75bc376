import type { LocaleCode } from '../../i18n/registry'
import { translatedFromSchema } from '../../shared/schemas/content'
import type { TranslationState } from '../../shared/types/studio'
import { sourceHash } from '../../scripts/lib/sourceHash'

/** What the content store keeps of a text that matters here: its whole file and its front matter's `translatedFrom`. */
export interface TextVersion {
  rawbody: string
  translatedFrom?: unknown
}

/**
 * Whether the text in `locale` is an original, a translation of its source's current version, or
 * one made from an older version ('stale'). Hashing a few kilobytes costs microseconds, so it is
 * worked out on each request from the content store rather than cached.
 */
export function translationState(texts: ReadonlyMap<LocaleCode, TextVersion> | undefined, locale: LocaleCode): TranslationState {
  const text = texts?.get(locale)
  if (!text) return 'missing'
  // The content store may keep an absent optional object as a string; the schema sorts that out.
  const from = translatedFromSchema.safeParse(text.translatedFrom).data
  if (!from) return 'original'
  const source = texts!.get(from.locale)
  // A translation of a source that is gone cannot be up to date (content:check refuses it anyway).
  return source && sourceHash(source.rawbody) === from.hash ? 'current' : 'stale'
}

/** The language whose text changed since the translation in `locale` was made, or null. */
export function sourceChangedSince(texts: ReadonlyMap<LocaleCode, TextVersion> | undefined, locale: LocaleCode): LocaleCode | null {
  if (translationState(texts, locale) !== 'stale') return null
  return translatedFromSchema.safeParse(texts!.get(locale)!.translatedFrom).data?.locale ?? null
}
