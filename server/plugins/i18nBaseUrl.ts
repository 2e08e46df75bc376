/**
 * Search engines read a page's language alternates (hreflang) and canonical link as absolute addresses:
 * they name the site's public address as configured when the server starts (NUXT_PUBLIC_SITE_URL), not the
 * one the build happened to see. Pages read their runtime config afresh from the environment, so the
 * address is handed to @nuxtjs/i18n there. Without one the links stay relative to the page.
 */
export default defineNitroPlugin(() => {
  const site = process.env.NUXT_PUBLIC_SITE_URL?.replace(/\/+$/, '')
  if (site && !process.env.NUXT_PUBLIC_I18N_BASE_URL) process.env.NUXT_PUBLIC_I18N_BASE_URL = site
})
