import type { H3Event } from 'h3'
import { z } from 'zod'
import { LOCALE_CODES, type LocaleCode } from '../../i18n/registry'

const localeQuerySchema = z.object({
  locale: z.enum(LOCALE_CODES as [LocaleCode, ...LocaleCode[]]).default('en'),
})

/** The `?locale=` of a content request; an unknown locale is a 400, not a silent fallback. */
export async function getLocaleQuery(event: H3Event): Promise<LocaleCode> {
  const { locale } = await queryParams(event, localeQuerySchema)
  return locale
}

export const slugParamSchema = z.object({ slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(80) })
