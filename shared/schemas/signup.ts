import { z } from './zod'
import { LOCALE_CODES, type LocaleCode } from '../../i18n/registry'
import { singleLineText } from './text'
import { SIGNUP_MAX_LENGTH } from './signupFields'

export { SIGNUP_ERROR_KEYS, SIGNUP_MAX_LENGTH, type SignupErrorKey } from './signupFields'

/** Letters, marks, digits, spaces and common name punctuation; no control characters or markup. */
const PLAIN_TEXT = /^[\p{L}\p{M}\p{N} .,'’()\-·/&]+$/u
/**
 * The same, and emoji as people write them in names: pictographs with their joiners, variation
 * selectors, skin tones and flags, but never a joiner or selector alone, nor invisible tag characters.
 */
export const NAME_TEXT = /^(?=.*[\p{L}\p{N}\p{Extended_Pictographic}\p{Regional_Indicator}])(?:[\p{L}\p{M}\p{N}\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator} .,'’()\-·/&]|\u200D|\uFE0F)+$/u

/**
 * The sign-up form, checked alike in the browser and by the API. Messages are keys under
 * `signup.errors` so each side can show them in the reader's language.
 */
export const signupSchema = z.strictObject({
  name: singleLineText('name').trim().min(1, 'name').max(SIGNUP_MAX_LENGTH.name, 'name').regex(NAME_TEXT, 'name'),
  email: z.string('email').trim().max(SIGNUP_MAX_LENGTH.email, 'email').pipe(z.email('email')),
  contact: singleLineText('contact').trim().max(SIGNUP_MAX_LENGTH.contact, 'contact').regex(/^[\p{L}\p{N}_\-+ .()]*$/u, 'contact').optional().default(''),
  university: singleLineText('university').trim().min(2, 'university').max(SIGNUP_MAX_LENGTH.university, 'university').regex(PLAIN_TEXT, 'university'),
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
