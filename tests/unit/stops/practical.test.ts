import { describe, expect, it } from 'vitest'
import { LOCALE_CODES } from '../../../i18n/registry'
import { SITE_VISIT_SOURCE, stopFactsSchema, type StopFacts } from '../../../shared/schemas/content'
import { formatAsOf, formatDays, formatPeriods } from '../../../shared/utils/practicalFormat'
import { practicalView } from '../../../server/utils/practicalView'
import { readYamlFiles } from '../../../scripts/lib/contentFiles'

const weekdayIn = (locale: string, day: number) => new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2024, 0, day))

describe('opening days and hours, in every language', () => {
  it.each(LOCALE_CODES)('%s: three or more days in a row are a range, fewer are listed', (locale) => {
    expect(formatDays([1, 2, 3, 4, 5, 6], locale)).toBe(`${weekdayIn(locale, 1)}–${weekdayIn(locale, 6)}`)
    const listed = formatDays([7, 1, 2, 4], locale)
    for (const day of [1, 2, 4, 7]) expect(listed).toContain(weekdayIn(locale, day))
    expect(listed).not.toContain('–')
  })

  it('puts periods of the same days together, and names periods with no days', () => {
    const twoSpells = [{ days: [1, 2, 3, 4, 5, 6], opens: '09:00', closes: '11:00' }, { days: [1, 2, 3, 4, 5, 6], opens: '13:00', closes: '16:00' }]
    expect(formatPeriods(twoSpells, 'en', 'Daily')).toBe('Mon–Sat 09:00–11:00, 13:00–16:00')
    expect(formatPeriods(twoSpells, 'zh', '每天')).toBe('周一–周六 09:00–11:00、13:00–16:00')
    expect(formatPeriods([{ opens: '07:00', closes: '21:00' }], 'ko', '매일')).toBe('매일 07:00–21:00')
  })

  it.each(LOCALE_CODES)('%s: a source\'s date is as precise as it was given, in Latin digits', (locale) => {
    expect(formatAsOf('2019', locale)).toMatch(/^\D*2019\D*$/)
    const month = formatAsOf('2018-10', locale)
    expect(month).toContain('2018')
    expect(month).not.toMatch(/\b1\b/)
    expect(formatAsOf('2022-12-02', locale)).toMatch(/2022/)
    expect(formatAsOf('2022-12-02', locale)).toMatch(/\b2\b|2日|2일/)
    expect(formatAsOf('2022-12-02', locale)).not.toMatch(/[٠-٩]/)
  })
})

describe('a stop\'s practical facts', () => {
  const facts = (practical: StopFacts['practical']) => stopFactsSchema.parse({
    nameZh: '旧居',
    addressZh: '上海某路',
    position: { lat: 31.2220, lng: 121.4197, accuracyM: 100 },
    accessCheckOnSite: true,
    practical,
    sources: [{ title: 'A listing', publisher: 'A society' }, { title: 'A page with no publisher' }],
  })
  const jiangsuRoad = { nameZh: '江苏路站', lines: ['2', '11'], position: { lat: 31.2223, lng: 121.4260, accuracyM: 150 }, label: 'Jiangsu Road station' }
  const zhongshanPark = { nameZh: '中山公园站', lines: ['2', '3', '4'], position: { lat: 31.2199, lng: 121.4111, accuracyM: 150 }, label: 'Zhongshan Park station' }

  it('names each claim\'s source by its publisher, or its title when it has none', () => {
    const view = practicalView(facts({ visiting: { status: 'open', asOf: '2019', source: 0 }, admission: { free: true, source: 1 } }), [jiangsuRoad, zhongshanPark])
    expect(view.visiting).toEqual({ status: 'open', asOf: '2019', source: 'A society', onSite: false })
    expect(view.admission).toEqual({ free: true, source: 'A page with no publisher', onSite: false })
    expect(view.hours).toBeNull()
    expect(view.residential).toBe(false)
  })

  it('says a claim a volunteer checked on site was checked on site, with the day, in the reader\'s language', () => {
    const checked = stopFactsSchema.parse({
      ...facts({ visiting: { status: 'unconfirmed' } }),
      practical: { visiting: { status: 'open', asOf: '2026-12-05', source: 2 } },
      sources: [...facts({ visiting: { status: 'unconfirmed' } }).sources, { ...SITE_VISIT_SOURCE, date: '2026-12-05' }],
    })
    expect(practicalView(checked, [jiangsuRoad]).visiting).toEqual({ status: 'open', asOf: '2026-12-05', source: null, onSite: true })
  })

  it('gives the nearer of the walk\'s stations, with the walking estimate from it', () => {
    const view = practicalView(facts({ visiting: { status: 'unconfirmed' } }), [zhongshanPark, jiangsuRoad])
    // About 600 m east of Jiangsu Road station against 800 m from Zhongshan Park's, times 1.3 at 75 m a minute.
    expect(view.metro.label).toBe('Jiangsu Road station')
    expect(view.metro.minutes).toBeGreaterThan(5)
    expect(view.metro.minutes).toBeLessThan(15)
  })

  it('refuses a claim whose source number the stop does not list, or a time that is no time', () => {
    expect(() => facts({ visiting: { status: 'open', source: 2 } })).toThrow(/No source number 2/)
    expect(() => facts({ visiting: { status: 'open' }, hours: { periods: [{ opens: '9:00', closes: '25:00' }] } })).toThrow()
    expect(() => facts({ visiting: { status: 'sometimes' as 'open' } })).toThrow()
  })

  it('is given for every stop, and every dated claim names its source', () => {
    const stops = readYamlFiles('stops')
    expect(stops.length).toBeGreaterThanOrEqual(8)
    for (const stop of stops) {
      const { practical } = stopFactsSchema.parse(stop.data)
      for (const claim of [practical.visiting, practical.hours, practical.admission]) {
        if (claim?.asOf) expect(claim.source, `${stop.file}: a date with no source`).toBeDefined()
      }
    }
  })
})
