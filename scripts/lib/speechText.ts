import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { CONTENT_DIR } from './contentFiles'
import { russianDates } from './russianNumbers'

/**
 * What the synthesiser is given for a written segment: runs of text, each in one language. The
 * written text stays as readers need it (with Chinese characters after a transliteration); the speech
 * drops those characters, says proper names as the locale's lexicon spells them, reads years the way
 * Chinese readers do, and marks a name that is meant to be said in another language as its own run.
 */
export interface SpeechRun {
  /** A content locale (`en`, `zh`…): the voice that speaks the run. */
  locale: string
  text: string
}

/** A lexicon entry: said as written in the locale's own voice, or as `{ <locale>: text }` in another voice. */
type Spoken = string | Record<string, string>
export type Lexicon = Map<string, Spoken>

export const PRONUNCIATION_DIR = join(CONTENT_DIR, 'pronunciation')

/** `content/pronunciation/<locale>.yml`: written form → spoken form, for the proper names of the walks. */
export function readLexicon(locale: string, dir = PRONUNCIATION_DIR): Lexicon {
  const file = join(dir, `${locale}.yml`)
  if (!existsSync(file)) return new Map()
  const entries = Object.entries((parseYaml(readFileSync(file, 'utf8')) ?? {}) as Record<string, Spoken>)
  // Longest first, so "Rewi Alley" is taken before "Alley".
  return new Map(entries.sort(([a], [b]) => b.length - a.length))
}

// Han characters given in brackets after a name, "첸쉐썬(钱学森)" or "Yu Lane (愚巷)": for readers only.
const BRACKETED_HAN = /\s?[(（]\s*[\p{Script=Han}·・、，,\s]+\s*[)）]/gu
const CHINESE_DIGITS = '〇一二三四五六七八九'

/** "1937年" → "一九三七年", both years of "1932–1934年", "1940—50年代" → "一九四〇至五〇年代": years are read digit by digit. */
function chineseYears(text: string): string {
  const digits = (year: string) => [...year].map(d => CHINESE_DIGITS[Number(d)]).join('')
  return text
    // "1940—50年代": both decades digit by digit, joined by 至.
    .replace(/(?<!\d)(1\d{3}|20\d{2})\s*[–—\-~]\s*(\d{2})(?=\s*年代)/gu, (_, from: string, to: string) => `${digits(from)}至${digits(to)}`)
    .replace(/(?<!\d)(1\d{3}|20\d{2})(?=\s*[–—\-~至到]\s*(?:1\d{3}|20\d{2})\s*年)/gu, digits)
    .replace(/(?<!\d)(1\d{3}|20\d{2})(?=\s*年)/gu, digits)
    .replace(/(\p{Script=Han})\s*[–—~]\s*(\p{Script=Han})/gu, '$1至$2')
}

/** The word for a decimal point where the voice would otherwise drop it ("2.2公顷" said as "二 二"). */
const DECIMAL_POINT: Record<string, string> = { zh: '点', ko: '점' }

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The runs a written segment is spoken as, in `locale`'s voice unless the lexicon says otherwise. */
export function speechRuns(segment: string, locale: string, lexicon: Lexicon): SpeechRun[] {
  let text = locale === 'zh' ? segment : segment.replace(BRACKETED_HAN, '')
  if (locale === 'zh') text = chineseYears(text)
  if (locale === 'ru') text = russianDates(text)
  if (DECIMAL_POINT[locale]) text = text.replace(/(\d)\.(\d)/gu, `$1${DECIMAL_POINT[locale]}$2`)
  const runs: SpeechRun[] = []
  const foreign: { at: number, end: number, run: SpeechRun }[] = []
  if (lexicon.size) {
    const pattern = new RegExp([...lexicon.keys()].map(escapeRegExp).join('|'), 'gu')
    text = text.replace(pattern, (written, offset: number) => {
      const spoken = lexicon.get(written)!
      if (typeof spoken === 'string') return spoken
      const [other, said] = Object.entries(spoken)[0]!
      foreign.push({ at: offset, end: offset + written.length, run: { locale: other, text: said } })
      return `\uE000${foreign.length - 1}\uE000`
    })
  }
  for (const part of text.split(/\uE000(\d+)\uE000/u)) {
    const index = /^\d+$/u.test(part) && foreign[Number(part)] ? Number(part) : -1
    const run = index >= 0 ? foreign[index]!.run : { locale, text: part }
    if (!run.text.trim()) continue
    const last = runs.at(-1)
    if (last && last.locale === run.locale) last.text += run.text
    else runs.push({ ...run })
  }
  return runs.map(run => ({ ...run, text: run.text.replace(/\s+/g, ' ').trim() })).filter(run => run.text)
}
