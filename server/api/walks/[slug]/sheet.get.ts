import QRCode from 'qrcode'
import { DEFAULT_LOCALE } from '../../../../i18n/registry'
import type { WalkSheet } from '../../../../shared/types/walk'

/** A walk's printable one-page sheet: its stops with their Chinese addresses and practical facts, and a code to open it. */
export default defineEventHandler(async (event): Promise<WalkSheet> => {
  const { slug } = await routeParams(event, slugParamSchema)
  const locale = await getLocaleQuery(event)
  const content = await loadContentSnapshot(event)
  const walk = buildWalk(content, slug, locale)
  if (!walk) throw apiError(404, 'walkNotFound')

  const stops = walk.stops.map((stop) => {
    const detail = buildStop(content, slug, stop.slug, locale)!
    const { number, title, lang } = stop
    return { slug: stop.slug, number, title, lang, address: detail.address, nameZh: detail.nameZh, addressZh: detail.addressZh, accessCheckOnSite: detail.accessCheckOnSite, practical: detail.practical }
  })
  // Without a public address there is nothing a code could point at; the sheet goes without it.
  const origin = publicOrigin()
  const link = origin ? `${origin}${locale === DEFAULT_LOCALE ? '' : `/${locale}`}/walks/${slug}` : null
  const { title, summary, lang, translated, start, end, distanceM, durationMin, notes } = walk
  return {
    walk: { slug, title, summary, lang, translated, start, end, distanceM, durationMin, notes },
    stops,
    link,
    svg: link ? await QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }) : null,
  }
})
