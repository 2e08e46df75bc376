import { LOCALES, DEFAULT_LOCALE } from '../../../i18n/registry'
import { mailTranslator } from '../../mail/translate'

const THEME_COLOUR = '#0f5132'

/** The web-app manifest in one language: name, description, direction and start page follow the reader's language. */
export default defineEventHandler((event) => {
  const code = getRouterParam(event, 'file')?.replace(/\.webmanifest$/, '')
  const locale = LOCALES.find(entry => entry.code === code)
  if (!locale) throw apiError(404, 'notFound')

  const t = mailTranslator(locale.code)
  const home = locale.code === DEFAULT_LOCALE ? '/' : `/${locale.code}/`
  setResponseHeader(event, 'Content-Type', 'application/manifest+json; charset=utf-8')
  return {
    // One app whatever the language, so installing in Chinese and later in French does not make two apps.
    id: '/',
    name: t('app.name'),
    short_name: t('app.shortName'),
    description: t('home.intro'),
    lang: locale.language,
    dir: locale.dir,
    start_url: home,
    scope: '/',
    display: 'standalone',
    orientation: 'portrait',
    theme_color: THEME_COLOUR,
    background_color: '#ffffff',
    categories: ['travel', 'education'],
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  }
})
