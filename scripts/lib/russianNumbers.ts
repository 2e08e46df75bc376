/**
 * Years and days of the month in Russian speech: espeak-ng reads "в 1925 году" as cardinals ("в одна
 * тысяча девятьсот двадцать пять году"); a reader says an ordinal in the case the noun asks for
 * ("в тысяча девятьсот двадцать пятом году", "второго декабря", "в сороковых годах").
 */

type Case = 'nom' | 'gen' | 'prep' | 'instr' | 'plNom' | 'plGen'

/** An ordinal's stem and how it declines: -ый (hard), -ой (stressed), or третий. */
type Stem = [string, 'hard' | 'stressed' | 'third']

const ENDINGS: Record<Stem[1], Record<Case, string>> = {
  hard: { nom: 'ый', gen: 'ого', prep: 'ом', instr: 'ым', plNom: 'ые', plGen: 'ых' },
  stressed: { nom: 'ой', gen: 'ого', prep: 'ом', instr: 'ым', plNom: 'ые', plGen: 'ых' },
  third: { nom: 'ий', gen: 'ьего', prep: 'ьем', instr: 'ьим', plNom: 'ьи', plGen: 'ьих' },
}

const UNIT_ORDINALS: Stem[] = [['', 'hard'], ['перв', 'hard'], ['втор', 'stressed'], ['трет', 'third'], ['четвёрт', 'hard'], ['пят', 'hard'], ['шест', 'stressed'], ['седьм', 'stressed'], ['восьм', 'stressed'], ['девят', 'hard']]
const TEEN_ORDINALS = ['десят', 'одиннадцат', 'двенадцат', 'тринадцат', 'четырнадцат', 'пятнадцат', 'шестнадцат', 'семнадцат', 'восемнадцат', 'девятнадцат']
const TEN_ORDINALS: Stem[] = [['', 'hard'], ['', 'hard'], ['двадцат', 'hard'], ['тридцат', 'hard'], ['сороков', 'stressed'], ['пятидесят', 'hard'], ['шестидесят', 'hard'], ['семидесят', 'hard'], ['восьмидесят', 'hard'], ['девяност', 'hard']]
const HUNDRED_ORDINALS = ['', 'сот', 'двухсот', 'трёхсот', 'четырёхсот', 'пятисот', 'шестисот', 'семисот', 'восьмисот', 'девятисот']

const TENS = ['', '', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто']
const HUNDREDS = ['', 'сто', 'двести', 'триста', 'четыреста', 'пятьсот', 'шестьсот', 'семьсот', 'восемьсот', 'девятьсот']
const THOUSANDS = ['', 'тысяча', 'две тысячи']

const declined = ([stem, kind]: Stem, grammaticalCase: Case) => stem + ENDINGS[kind][grammaticalCase]

/** 1–2999 as an ordinal in `grammaticalCase`: every part a cardinal but the last, as in "тысяча девятьсот двадцать пятом". */
export function russianOrdinal(n: number, grammaticalCase: Case): string {
  const thousands = Math.floor(n / 1000)
  const hundreds = Math.floor(n / 100) % 10
  const rest = n % 100
  const words: string[] = []
  if (rest === 0 && hundreds === 0) {
    words.push(declined([thousands === 2 ? 'двухтысячн' : 'тысячн', 'hard'], grammaticalCase))
    return words.join(' ')
  }
  if (thousands) words.push(THOUSANDS[thousands]!)
  if (rest === 0) {
    words.push(declined([HUNDRED_ORDINALS[hundreds]!, 'hard'], grammaticalCase))
    return words.join(' ')
  }
  if (hundreds) words.push(HUNDREDS[hundreds]!)
  if (rest < 10) words.push(declined(UNIT_ORDINALS[rest]!, grammaticalCase))
  else if (rest < 20) words.push(declined([TEEN_ORDINALS[rest - 10]!, 'hard'], grammaticalCase))
  else if (rest % 10 === 0) words.push(declined(TEN_ORDINALS[rest / 10]!, grammaticalCase))
  else words.push(TENS[Math.floor(rest / 10)]!, declined(UNIT_ORDINALS[rest % 10]!, grammaticalCase))
  return words.join(' ')
}

/** The case the noun after a year asks its ordinal to take. */
const NOUN_CASES: Record<string, Case> = { год: 'nom', года: 'gen', году: 'prep', годах: 'prep', годами: 'instr', годов: 'gen', годы: 'nom' }
const YEAR = '(?:1\\d{3}|20\\d{2})'
const NOUN = '(год(?:ах|ами|ов|ы|а|у)?)(?![а-яё])'
const MONTHS = 'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря'

/** Years, decades and days of the month in `text` said as a Russian reader says them. */
export function russianDates(text: string): string {
  return text
    // "1920–1930-х годов", "1940-х годах": decades, by their tens, in the plural.
    .replace(new RegExp(`(${YEAR})-х(?=\\s+${NOUN})`, 'gu'), (_, year: string, noun: string) =>
      declined(TEN_ORDINALS[Math.floor(Number(year) % 100 / 10)]!, noun === 'годы' ? 'plNom' : 'plGen'))
    .replace(new RegExp(`(${YEAR})(?=\\s*[–—-]\\s*[а-яё]+ых\\s+${NOUN})`, 'gu'), (_, year: string) => declined(TEN_ORDINALS[Math.floor(Number(year) % 100 / 10)]!, 'plGen'))
    // "с 1932 по 1937 год": the first year after "с" is genitive.
    .replace(new RegExp(`(?<=(?:^|\\s)[сС]\\s)(${YEAR})(?=\\s+(?:по|до)\\s)`, 'gu'), (_, year: string) => russianOrdinal(Number(year), 'gen'))
    // "в 2020 и 2021 годах", "между 1925 и 1927 годами": the first takes the case of the noun after the second;
    // each stays singular ("в двадцатом и двадцать первом годах").
    .replace(new RegExp(`(${YEAR})(?=\\s+и\\s+${YEAR}\\s+${NOUN})`, 'gu'), (_, year: string, noun: string) => russianOrdinal(Number(year), NOUN_CASES[noun]!))
    .replace(new RegExp(`(${YEAR})(?=\\s+${NOUN})`, 'gu'), (_, year: string, noun: string) => russianOrdinal(Number(year), NOUN_CASES[noun]!))
    // "в 1992-м"
    .replace(new RegExp(`(${YEAR})-м(?![а-яё])`, 'gu'), (_, year: string) => russianOrdinal(Number(year), 'prep'))
    // "2 декабря": the day is an ordinal in the genitive.
    .replace(new RegExp(`(?<!\\d)([1-9]|[12]\\d|3[01])(?=\\s+(?:${MONTHS}))`, 'gu'), (_, day: string) => russianOrdinal(Number(day), 'gen'))
}
