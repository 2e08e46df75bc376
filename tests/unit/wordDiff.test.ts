import { describe, expect, it } from 'vitest'
import { markChangedWords } from '../../shared/utils/wordDiff'

const changedWords = (segments: { text: string, changed: boolean }[]) => segments.filter(s => s.changed).map(s => s.text.trim())

describe('word-level changes in a diff', () => {
  it('marks the words that differ between a removed line and the line that replaced it, and nothing on the other lines', () => {
    const marked = markChangedWords([
      ' Context stays.',
      '-He died in Beijing in 2009, aged 97.',
      '-A second removed line.',
      '+He died in Beijing in 2009, aged 98.',
      '+An added line.',
      '+A third, unpaired.',
    ])
    expect(marked[0]).toEqual([{ text: 'Context stays.', changed: false }])
    expect(changedWords(marked[1]!)).toEqual(['97'])
    expect(changedWords(marked[3]!)).toEqual(['98'])
    expect(marked[1]!.map(s => s.text).join('')).toBe('He died in Beijing in 2009, aged 97.')
    expect(marked[3]!.map(s => s.text).join('')).toBe('He died in Beijing in 2009, aged 98.')
    expect(marked[5]).toEqual([{ text: 'A third, unpaired.', changed: false }])
  })

  it('gives back each line exactly, spaces and quotes included', () => {
    const lines = ['-title: "Бывший дом Цянь Сюэсэня"', '+title: "Дом Цянь Сюэсэня в Цишаньцуне"']
    const marked = markChangedWords(lines)
    expect(marked.map(segments => segments.map(s => s.text).join(''))).toEqual(lines.map(line => line.slice(1)))
  })

  it('marks the Chinese characters that changed, not the whole sentence', () => {
    const marked = markChangedWords(['-钱学森在这里和家人告别。', '+钱学森在这里和父亲告别。'])
    expect(changedWords(marked[0]!).join('')).toBe('家人')
    expect(changedWords(marked[1]!).join('')).toBe('父亲')
  })
})
