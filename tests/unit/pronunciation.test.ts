import { execFileSync } from 'node:child_process'
import { afterAll, describe, expect, it } from 'vitest'
import { readMarkdownFiles } from '../../scripts/lib/contentFiles'
import { fallbacksIn, SPEECH_VOICES } from '../../scripts/lib/pronunciation'
import { speechRuns } from '../../scripts/lib/speechText'
import { trackFallbacks, trackSpeech } from '../../scripts/lib/trackSpeech'

describe('what the engine is given for a written segment', () => {
  it('drops Chinese characters given in brackets after a name, which are for readers', () => {
    expect(speechRuns('첸쉐썬(钱学森)의 옛집, 위샹（愚巷）', 'ko', new Map())).toEqual([{ locale: 'ko', text: '첸쉐썬의 옛집, 위샹' }])
  })

  it('says names as the lexicon spells them, longest first, and a name in another voice as its own run', () => {
    const lexicon = new Map<string, string | Record<string, string>>([['Rewi Alley', '뤼이 앨리'], ['Alley', '앨리'], ['愚', { zh: '愚' }]])
    expect(speechRuns('Rewi Alley의 집. ‘愚’는 위예요.', 'ko', lexicon)).toEqual([
      { locale: 'ko', text: '뤼이 앨리의 집. ‘' }, { locale: 'zh', text: '愚' }, { locale: 'ko', text: '’는 위예요.' },
    ])
  })

  it('says the decimal point where the voice would drop it', () => {
    expect(speechRuns('约2.2公顷', 'zh', new Map())[0]!.text).toBe('约2点2公顷')
    expect(speechRuns('약 1.5미터', 'ko', new Map())[0]!.text).toBe('약 1점5미터')
  })

  it('reads years in Chinese digit by digit, as Chinese readers say them', () => {
    expect(speechRuns('1937年，1932–1934年，1940—50年代，共75栋', 'zh', new Map())).toEqual([
      { locale: 'zh', text: '一九三七年，一九三二至一九三四年，一九四〇至五〇年代，共75栋' },
    ])
  })
})

describe('the pronunciation check', () => {
  it('catches Chinese read as English pinyin (the voice "cmn") and characters spelled out by name', () => {
    const run = { locale: 'zh', text: '钱学森' }
    const asEnglishPinyin = execFileSync('espeak-ng', ['-v', 'cmn', '-q', '-x', '--stdin'], { input: run.text }).toString()
    expect(fallbacksIn(run, asEnglishPinyin).map(f => f.kind)).toContain('switch')
    expect(fallbacksIn(run)).toEqual([])
    expect(fallbacksIn({ locale: 'ko', text: '첸쉐썬(钱学森)' }).map(f => f.kind)).toEqual(['switch', 'switch', 'switch', 'foreignLetters'])
    expect(fallbacksIn({ locale: 'fr', text: 'la Jessfield Park' }).map(f => f.what)).toContain('en')
  })
})

describe('every stop narration and walk introduction is said in its own language, with no fallback', () => {
  const texts = [...readMarkdownFiles('stops'), ...readMarkdownFiles('walks')]
  const counts = new Map<string, number>()
  afterAll(() => console.log(`pronunciation fallbacks: ${[...counts].map(([locale, n]) => `${locale} ${n}`).join(', ')}`))

  it.each(Object.keys(SPEECH_VOICES))('%s', (locale) => {
    const found = texts.filter(text => text.locale === locale).flatMap(text => trackFallbacks(trackSpeech(text)).map(f => `${text.file}: ${f.kind} ${f.what} in "${f.run.slice(0, 60)}"`))
    counts.set(locale, found.length)
    expect(found).toEqual([])
  })
})
