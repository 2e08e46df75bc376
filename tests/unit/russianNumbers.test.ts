import { describe, expect, it } from 'vitest'
import { russianDates, russianOrdinal } from '../../scripts/lib/russianNumbers'

describe('Russian dates as a reader says them', () => {
  it.each([
    [1925, 'prep', 'тысяча девятьсот двадцать пятом'],
    [1897, 'gen', 'тысяча восемьсот девяносто седьмого'],
    [2022, 'prep', 'две тысячи двадцать втором'],
    [2020, 'prep', 'две тысячи двадцатом'],
    [2000, 'gen', 'двухтысячного'],
    [1900, 'nom', 'тысяча девятисотый'],
    [1943, 'gen', 'тысяча девятьсот сорок третьего'],
    [1940, 'nom', 'тысяча девятьсот сороковой'],
    [2007, 'prep', 'две тысячи седьмом'],
    [1918, 'gen', 'тысяча девятьсот восемнадцатого'],
    [2, 'gen', 'второго'],
    [13, 'gen', 'тринадцатого'],
  ] as const)('%i in the %s case: %s', (n, grammaticalCase, words) => {
    expect(russianOrdinal(n, grammaticalCase)).toBe(words)
  })

  it('declines years, decades and days by the noun that follows', () => {
    expect(russianDates('В 2022 году, 27 сентября 2022 года')).toBe('В две тысячи двадцать втором году, двадцать седьмого сентября две тысячи двадцать второго года')
    expect(russianDates('С 1920-х годов, в 1940-х годах')).toBe('С двадцатых годов, в сороковых годах')
    expect(russianDates('в 1920–1930-х годах')).toBe('в двадцатых–тридцатых годах')
    expect(russianDates('с 1932 по 1937 год')).toBe('с тысяча девятьсот тридцать второго по тысяча девятьсот тридцать седьмой год')
    expect(russianDates('в 2020 и 2021 годах')).toBe('в две тысячи двадцатом и две тысячи двадцать первом годах')
    expect(russianDates('в 1992-м')).toBe('в тысяча девятьсот девяносто втором')
    expect(russianDates('за 2024 год')).toBe('за две тысячи двадцать четвёртый год')
  })

  it('leaves numbers that are not dates alone: lanes, houses, lengths', () => {
    expect(russianDates('переулок 1376, дом 4, на 2775 метров, около 2330 квадратных')).toBe('переулок 1376, дом 4, на 2775 метров, около 2330 квадратных')
  })
})
