/** Any other API address, with any method: a translatable refusal rather than the framework's page. */
export default defineEventHandler(() => {
  throw apiError(404, 'notFound')
})
