import { describe, expect, it } from 'vitest'
import { calendarFile, foldByOctets } from '../../server/mail/calendar'

const octets = (line: string) => new TextEncoder().encode(line).length
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '')

describe('calendar files', () => {
  const walk = {
    id: 'b6f1c1d2-0000-4000-8000-000000000001',
    title: 'Promenade guidée : rue Yuyuan → parc Zhongshan',
    description: 'Départ à la sortie 3 de la station Jiangsu Road → maison de Qian Xuesen → ruelle Yu. مسيرة مع مرشد على طريق يويوان، من محطة جيانغسو إلى حديقة تشونغشان. 愚园路步行导览，从江苏路站出发。',
    startsAt: new Date('2026-12-19T02:00:00Z'),
    durationMin: 150,
    location: 'Station Jiangsu Road, sortie 3 — près de la supérette',
    geo: { lat: 31.2223, lon: 121.426 },
    url: 'https://walks.example.org/fr/signup/6a1d2c9e5b7f4e3d8c1b0a9f8e7d6c5b',
    sequence: 2,
  }

  it('fold every line within 75 octets, never inside a character, and unfold to the same text', () => {
    const ics = calendarFile(walk)
    const lines = ics.split('\r\n')
    const long = lines.filter(line => octets(line) > 75)
    expect(long).toEqual([])
    // Each physical line is whole UTF-8: no character was cut between two of them.
    for (const line of lines) expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(line))).toBe(line)
    const unfolded = unfold(ics)
    expect(unfolded).toContain('SUMMARY:Promenade guidée : rue Yuyuan → parc Zhongshan')
    expect(unfolded).toContain('مسيرة مع مرشد على طريق يويوان')
    expect(unfolded).toContain('愚园路步行导览')
    expect(unfolded).toContain('STATUS:CONFIRMED')
  })

  it('fold a line of three-octet characters at 75 octets, then 74 after the leading space', () => {
    const folded = foldByOctets(`DESCRIPTION:${'→'.repeat(60)}`)
    const [first, ...rest] = folded.split('\r\n')
    expect(octets(first!)).toBe(75)
    for (const line of rest) {
      expect(line.startsWith(' ')).toBe(true)
      expect(octets(line)).toBeLessThanOrEqual(75)
    }
    expect(unfold(folded)).toBe(`DESCRIPTION:${'→'.repeat(60)}`)
  })
})
