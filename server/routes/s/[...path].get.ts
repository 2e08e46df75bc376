import { z } from 'zod'
import { isLocaleCode, LOCALE_CODES } from '../../../i18n/registry'
import { negotiateLocale } from '../../../shared/utils/negotiateLocale'

const shortLinkSchema = z.object({
  path: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z]{2})?$/),
})

/**
 * Short links printed as QR codes: /s/<stop> opens the stop in the visitor's language,
 * /s/<stop>/<locale> in the language the code names. A stop no walk knows leads to the list of walks.
 */
export default defineEventHandler(async (event) => {
  const parsed = shortLinkSchema.safeParse(getRouterParams(event))
  const [slug, named] = parsed.success ? parsed.data.path.split('/') : []
  const locale = isLocaleCode(named) && LOCALE_CODES.includes(named)
    ? named
    : negotiateLocale(getRequestHeader(event, 'accept-language'), getCookie(event, 'citywalk_locale'))
  const prefix = locale === 'en' ? '' : `/${locale}`

  const content = await loadContentSnapshot(event)
  const walkSlug = slug ? [...content.walkFacts.entries()].find(([, walk]) => walk.stops.includes(slug))?.[0] : undefined
  return sendRedirect(event, walkSlug ? `${prefix}/walks/${walkSlug}/${slug}` : `${prefix}/`, 302)
})
