import { z } from './zod'
import { singleLineText } from './text'
import { LOCALE_CODES, type LocaleCode } from '../../i18n/registry'

/** How long an invite link works. */
export const INVITE_DAYS = 7

/**
 * An organiser invites a volunteer by e-mail address, in the language the volunteer reads (the link
 * opens the studio in it); `send` e-mails the link, else the organiser passes it on.
 */
export const inviteCreateSchema = z.strictObject({
  email: z.email().max(254),
  language: z.enum(LOCALE_CODES as [LocaleCode, ...LocaleCode[]]).default('en'),
  send: z.boolean().default(false),
})

/** The volunteer, following the invite link, chooses the name others see and a password. */
export const inviteAcceptSchema = z.strictObject({
  // Others see this name: it must show something, not only zero-width or other invisible characters.
  name: singleLineText().trim().min(1).max(100).regex(/[^\p{Cf}\p{Z}\s]/u),
  password: z.string().min(12).max(200),
})

/** The token of an invite link: 32 base64url characters (24 random bytes). */
export const inviteTokenSchema = z.object({ token: z.string().regex(/^[\w-]{32}$/) })

export type InviteAccept = z.infer<typeof inviteAcceptSchema>
