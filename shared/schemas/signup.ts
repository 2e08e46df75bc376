import { z } from 'zod'
import { LOCALE_CODES, type LocaleCode } from '../../i18n/registry'
import { singleLineText } from './text'

/**
 * The sign-up form, checked alike in the browser and by the API. Messages are keys under
 * `signup.errors` so each side can show them in the reader's language.
 */
export const SIGNUP_ERROR_KEYS = ['name', 'email', 'contact', 'university', 'language', 'consent', 'idempotencyKey'] as const
export type SignupErrorKey = typeof SIGNUP_ERROR_KEYS[number]

/** Letters, marks, digits, spaces and common name punctuation; no control characters or markup. */
const PLAIN_TEXT = /^[\p{L}\p{M}\p{N} .,'’()\-·/&]+$/u

export const signupSchema = z.strictObject({
  name: singleLineText('name').trim().min(1, 'name').max(100, 'name').regex(PLAIN_TEXT, 'name'),
  email: z.string('email').trim().max(254, 'email').pipe(z.email('email')),
  contact: singleLineText('contact').trim().max(60, 'contact').regex(/^[\p{L}\p{N}_\-+ .()]*$/u, 'contact').optional().default(''),
  university: singleLineText('university').trim().min(2, 'university').max(120, 'university').regex(PLAIN_TEXT, 'university'),
  language: z.enum(LOCALE_CODES as [LocaleCode, ...LocaleCode[]], 'language'),
  consent: z.literal(true, 'consent'),
  /** Made by the form once per sign-up attempt, so a resend after a lost answer is recognised. */
  idempotencyKey: z.uuid('idempotencyKey'),
})

export type SignupInput = z.infer<typeof signupSchema>

/** The address as compared for "one sign-up per person per event". */
export function emailKey(email: string): string {
  return email.trim().toLowerCase()
}
