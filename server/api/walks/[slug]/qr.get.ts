import QRCode from 'qrcode'
import { z } from 'zod'
import { LOCALE_CODES, type LocaleCode } from '../../../../i18n/registry'
import type { StopQrCode } from '../../../../shared/types/walk'

const querySchema = z.object({
  /** Language the codes open: a locale, or "visitor" for each visitor's own. */
  codes: z.enum(['visitor', ...LOCALE_CODES] as ['visitor', ...LocaleCode[]]).default('visitor'),
})

/** A printable QR code (SVG) for each stop of a walk, pointing at its short link. */
export default defineEventHandler(async (event): Promise<StopQrCode[]> => {
  const { slug } = await routeParams(event, slugParamSchema)
  const locale = await getLocaleQuery(event)
  const { codes } = await queryParams(event, querySchema)
  const walk = buildWalk(await loadContentSnapshot(event), slug, locale)
  if (!walk) throw apiError(404, 'walkNotFound')

  const origin = publicOrigin()
  if (!origin) throw apiError(503, 'noPublicOrigin')
  return Promise.all(walk.stops.map(async (stop) => {
    const link = `${origin}/s/${stop.slug}${codes === 'visitor' ? '' : `/${codes}`}`
    const svg = await QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
    return { slug: stop.slug, number: stop.number, title: stop.title, lang: stop.lang, nameZh: stop.nameZh, link, svg }
  }))
})
