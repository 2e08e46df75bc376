import { LOCALE_CODES } from '../../../i18n/registry'
import type { TextFile } from './contentTree'
import { error, type Problem } from './problem'

/** "How this walk began" must exist in every language, one file per language named by its code. */
export function checkStory(stories: TextFile[]): Problem[] {
  const present = new Set(stories.map(story => story.locale))
  return [
    ...stories.filter(story => !(LOCALE_CODES as readonly string[]).includes(story.locale))
      .map(story => error(story.file, 1, `"${story.locale}" is not a language of the app (${LOCALE_CODES.join(', ')})`)),
    ...LOCALE_CODES.filter(locale => !present.has(locale))
      .map(locale => error(`content/story/${locale}.md`, 1, `the story page is missing in ${locale}`)),
  ]
}
