import withNuxt from './.nuxt/eslint.config.mjs'

export default withNuxt({
  ignores: ['content/**', 'test-results/**', 'playwright-report/**', '.output-next/**', '.output-previous/**'],
})
