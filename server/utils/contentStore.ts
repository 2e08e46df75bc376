import type { H3Event } from 'h3'
import { queryCollection as queryCollectionFor } from '@nuxt/content/server'
import type { LocaleCode } from '../../i18n/registry'

/**
 * Content's server query, with or without a request: without one (the mail worker, the scheduled task)
 * @nuxt/content asks its own route in-process, as its runtime does when given no event.
 */
type Reader = H3Event | null
const queryCollection = <T extends Parameters<typeof queryCollectionFor>[1]>(event: Reader, collection: T) =>
  queryCollectionFor(event ?? (undefined as unknown as H3Event), collection)

/** Last path segment of a content stem or path: the slug, the same in every language. */
const slugOf = (stemOrPath: string) => stemOrPath.split('/').pop()!
/** Locale folder of a content path such as /stops/zh/qian-xuesen-residence. */
const localeOf = (path: string) => path.split('/')[2] as LocaleCode

// Content's query route answers only the queries listed in contentQueries.ts: a new query here goes there too.
export async function loadStopFacts(event: Reader) {
  const rows = await queryCollection(event, 'stops').all()
  return new Map(rows.map(row => [slugOf(row.stem), row]))
}

export async function loadWalkFacts(event: Reader) {
  const rows = await queryCollection(event, 'walks').order('order', 'ASC').all()
  return new Map(rows.map(row => [slugOf(row.stem), row]))
}

type Texts<T> = Map<string, Map<LocaleCode, T>>

function groupBySlugAndLocale<T extends { path: string }>(rows: T[]): Texts<T> {
  const bySlug: Texts<T> = new Map()
  for (const row of rows) {
    const slug = slugOf(row.path)
    if (!bySlug.has(slug)) bySlug.set(slug, new Map())
    bySlug.get(slug)!.set(localeOf(row.path), row)
  }
  return bySlug
}

/** Narrations by stop slug and locale; the locale is the folder in `content/narration/<locale>/<slug>.yml`. */
export async function loadNarrations(event: Reader) {
  const rows = await queryCollection(event, 'narrations').all()
  const bySlug = new Map<string, Map<LocaleCode, (typeof rows)[number]>>()
  for (const row of rows) {
    const [, locale, slug] = row.stem.split('/') as [string, LocaleCode, string]
    if (!bySlug.has(slug)) bySlug.set(slug, new Map())
    bySlug.get(slug)!.set(locale, row)
  }
  return bySlug
}

export async function loadStopTexts(event: Reader) {
  return groupBySlugAndLocale(await queryCollection(event, 'stopTexts').all())
}

export async function loadWalkTexts(event: Reader) {
  return groupBySlugAndLocale(await queryCollection(event, 'walkTexts').all())
}

/** "How this walk began", by locale: `content/story/<locale>.md`. */
export async function loadStory(event: Reader) {
  const rows = await queryCollection(event, 'story').all()
  return new Map(rows.map(row => [slugOf(row.stem) as LocaleCode, row]))
}

async function readContent(event: Reader) {
  const [stopFacts, stopTexts, walkFacts, walkTexts, narrations, story] = await Promise.all([
    loadStopFacts(event), loadStopTexts(event), loadWalkFacts(event), loadWalkTexts(event), loadNarrations(event), loadStory(event),
  ])
  return { stopFacts, stopTexts, walkFacts, walkTexts, narrations, story }
}

let snapshot: ReturnType<typeof readContent> | null = null

/**
 * All walks, stops and narrations, read once per server process: the built content never changes
 * while it runs, and reading and parsing it cost more than the rest of a request. Treat it as read-only.
 * `nuxt dev` reads it afresh each time, so edits show at once.
 */
export function loadContentSnapshot(event: Reader): ReturnType<typeof readContent> {
  if (import.meta.dev) return readContent(event)
  snapshot ??= readContent(event).catch((error) => {
    snapshot = null
    throw error
  })
  return snapshot
}

/** All content; the view functions (walkView, stopView…) build pages from it. */
export type ContentSnapshot = Awaited<ReturnType<typeof readContent>>
