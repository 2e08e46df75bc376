import type { StoryView } from '../../shared/types/story'
import { pickText } from '../../shared/utils/pickText'

/** "How this walk began": the 2022 walk that started the app, in the asked-for language. */
export default defineEventHandler(async (event): Promise<StoryView> => {
  const locale = await getLocaleQuery(event)
  const story = pickText((await loadContentSnapshot(event)).story, locale)
  if (!story) throw apiError(404, 'notFound')
  return { title: story.text.title, summary: story.text.summary, body: story.text.body, lang: story.lang, translated: story.translated }
})
