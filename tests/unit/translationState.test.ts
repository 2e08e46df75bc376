import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sourceChangedSince, translationState } from '../../server/utils/translationState'
import { buildStop } from '../../server/utils/stopView'
import { buildWalk } from '../../server/utils/walkView'
import { buildTranslationStatus } from '../../server/utils/translationStatus'
import { contentSnapshotFromFiles } from './support/contentSnapshot'

const ROOT = join(import.meta.dirname, '..', '..')
const fresh = contentSnapshotFromFiles(ROOT)
// The English source of one stop and one walk edited after their translations were made.
const EDITED = ['content/stops/en/yu-lane-garden.md', 'content/walks/en/yuyuan-road.md']
const edited = contentSnapshotFromFiles(ROOT, (file, raw) => EDITED.includes(file) ? `${raw}\nOne more sentence.\n` : raw)

describe('translationState', () => {
  it('calls English and Chinese texts originals and the real translations up to date', () => {
    const texts = fresh.stopTexts.get('yu-lane-garden')
    expect(translationState(texts, 'en')).toBe('original')
    expect(translationState(texts, 'zh')).toBe('original')
    for (const locale of ['ko', 'ru', 'fr', 'ar'] as const) expect(translationState(texts, locale)).toBe('current')
  })

  it('marks every translation of a changed source as stale, and only those', () => {
    const texts = edited.stopTexts.get('yu-lane-garden')
    expect(translationState(texts, 'en')).toBe('original')
    expect(translationState(texts, 'ru')).toBe('stale')
    expect(sourceChangedSince(texts, 'ru')).toBe('en')
    expect(sourceChangedSince(texts, 'en')).toBeNull()
    expect(translationState(edited.stopTexts.get('rewi-alley-residence'), 'ru')).toBe('current')
  })

  it('treats line endings and outer whitespace as no change', () => {
    const crlf = contentSnapshotFromFiles(ROOT, (file, raw) => EDITED.includes(file) ? `\n${raw.replace(/\n/g, '\r\n')}  \n` : raw)
    expect(translationState(crlf.stopTexts.get('yu-lane-garden'), 'fr')).toBe('current')
  })

  it('reports a missing text, and a translation without a source as stale', () => {
    const texts = new Map([['ru', { rawbody: 'x', translatedFrom: { locale: 'en', hash: '0123456789ab' } }]] as const)
    expect(translationState(texts, 'ko')).toBe('missing')
    expect(translationState(texts, 'ru')).toBe('stale')
    expect(translationState(undefined, 'ru')).toBe('missing')
  })

  it('reads an absent translatedFrom kept by the content store as a string as an original', () => {
    expect(translationState(new Map([['en', { rawbody: 'x', translatedFrom: 'undefined' }]] as const), 'en')).toBe('original')
  })
})

describe('stop and walk pages tell readers when the source changed', () => {
  it('say nothing while translations are up to date', () => {
    expect(buildStop(fresh, 'yuyuan-road', 'yu-lane-garden', 'ru')!.sourceChanged).toBeNull()
    expect(buildWalk(fresh, 'yuyuan-road', 'ar')!.sourceChanged).toBeNull()
  })

  it('name the source language on a stale translation', () => {
    expect(buildStop(edited, 'yuyuan-road', 'yu-lane-garden', 'ru')!.sourceChanged).toBe('en')
    expect(buildWalk(edited, 'yuyuan-road', 'ar')!.sourceChanged).toBe('en')
  })

  it('say nothing on the source itself, on other stops, or on an English fallback', () => {
    expect(buildStop(edited, 'yuyuan-road', 'yu-lane-garden', 'en')!.sourceChanged).toBeNull()
    expect(buildStop(edited, 'yuyuan-road', 'rewi-alley-residence', 'ru')!.sourceChanged).toBeNull()
    expect(buildStop(edited, 'yuyuan-road', 'yu-lane-garden', 'zh')!.sourceChanged).toBeNull()
  })
})

describe('translation status', () => {
  it('lists every stop and walk in every language, with counts', () => {
    const status = buildTranslationStatus(fresh)
    expect(status.stops.map(s => s.slug)).toHaveLength(9)
    expect(status.stops[0]).toMatchObject({ slug: 'yuyuan-department-store', cells: { en: { text: 'original', narration: 'synthesised' }, ru: { text: 'current' } } })
    expect(status.walks.map(w => w.slug)).toEqual(['yuyuan-road', 'suzhou-creek'])
    expect(status.walks[0]!.cells.fr).toEqual({ text: 'current', narration: 'synthesised' })
    expect(status.counts.ru).toMatchObject({ current: 11, stale: 0, missing: 0, synthesised: 11 })
    expect(status.counts.zh).toMatchObject({ original: 11, current: 0 })
  })

  it('counts the translations of an edited source as needing an update', () => {
    const status = buildTranslationStatus(edited)
    expect(status.stops.find(s => s.slug === 'yu-lane-garden')!.cells.ko.text).toBe('stale')
    expect(status.counts.ko).toMatchObject({ current: 9, stale: 2 })
    expect(status.counts.en).toMatchObject({ original: 11, stale: 0 })
  })
})
