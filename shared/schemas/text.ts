import { z } from './zod'

/**
 * Free text as people type it, in any script and with emoji, but without what only hides or fakes
 * text: NUL and other C0/C1 controls, bidirectional embeddings, overrides and isolates (which reorder
 * what a reader sees), lone surrogate halves and noncharacters.
 */
const HIDDEN = String.raw`\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\p{Cs}\p{Noncharacter_Code_Point}`
const MULTI_LINE_REFUSED = new RegExp(`[${HIDDEN}]`, 'u')
/** One line: no tab, line feed or other line or paragraph separator either. */
const SINGLE_LINE_REFUSED = new RegExp(`[${HIDDEN}\\t\\n\\u2028\\u2029]`, 'u')

const refusal = (message?: string) => ({ message, params: { hiddenCharacters: true } })

/** A name, title or other one-line field; `message` names the field, as every form message does. */
export const singleLineText = (message?: string) => z.string(message)
  .refine(text => !SINGLE_LINE_REFUSED.test(text), refusal(message))

/** A description or note: line feeds and tabs are kept, and a carriage return (Windows or old Mac line end) becomes a line feed. */
export const multiLineText = (message?: string) => z.string(message)
  .overwrite(text => text.replace(/\r\n?/g, '\n'))
  .refine(text => !MULTI_LINE_REFUSED.test(text), refusal(message))

/** The problem was a character these fields refuse (so a form can say so rather than "required"). */
export const isHiddenCharacterIssue = (issue: z.core.$ZodIssue) => issue.code === 'custom' && issue.params?.hiddenCharacters === true
