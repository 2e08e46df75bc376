import { describe, expect, it } from 'vitest'
import type { EventDetail } from '../../shared/types/event'
import { LOCALE_CODES } from '../../i18n/registry'
import { signupMail } from '../../server/mail/signupMail'
import ar from '../../i18n/locales/ar.json'
import en from '../../i18n/locales/en.json'
import fr from '../../i18n/locales/fr.json'
import ko from '../../i18n/locales/ko.json'
import ru from '../../i18n/locales/ru.json'
import zh from '../../i18n/locales/zh.json'

const messages = { en, zh, ko, ru, fr, ar }

// Only what an e-mail and its calendar file read of a walk.
const walk = {
  id: 'b6f1c1d2-0000-4000-8000-000000000002',
  title: 'Yuyuan Road',
  startsAt: '2026-12-19T02:00:00.000Z',
  startsLabel: 'Saturday 19 December, 10:00',
  durationMin: 150,
  meetingNote: { text: 'Jiangsu Road station, exit 3', lang: 'en' },
  description: { text: 'A guided walk.', lang: 'en' },
  meetingPoint: { lat: 31.2223, lng: 121.426 },
} as unknown as EventDetail

const student = (language: string, position: number | null) => ({ name: 'Mia', email: 'mia@example.edu', language, token: 'a'.repeat(32), position })

describe('the e-mail of a new time', () => {
  it.each(LOCALE_CODES)('in %s, says the calendar file is attached only to someone with a place, who alone gets it', (language) => {
    const placed = signupMail('changed', student(language, null), walk, 'https://walks.example.org', 1)
    const waiting = signupMail('changed', student(language, 2), walk, 'https://walks.example.org', 1)
    expect(placed.icsAttachment).toContain('STATUS:CONFIRMED')
    expect(waiting.icsAttachment).toBeNull()
    const { calendar } = messages[language].email.changed
    expect(placed.text).toContain(calendar)
    expect(waiting.text).not.toContain(calendar)
    // Instead, the waiting student reads their place in the queue.
    expect(waiting.text).toContain(messages[language].email.existing.waiting.replace('{position}', '2'))
  })
})
