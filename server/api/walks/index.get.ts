import type { WalkSummary } from '../../../shared/types/walk'

export default defineEventHandler(async (event): Promise<WalkSummary[]> => {
  const locale = await getLocaleQuery(event)
  const content = await loadContentSnapshot(event)
  return [...content.walkFacts.keys()]
    .map(slug => buildWalk(content, slug, locale))
    .filter(walk => walk !== null)
    .map(({ slug, title, summary, lang, translated, stopCount, distanceM, durationMin, languages }) =>
      ({ slug, title, summary, lang, translated, stopCount, distanceM, durationMin, languages }))
})
