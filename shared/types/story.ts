import type { Localised } from './walk'

/** "How this walk began" in the asked-for language, or in English with `translated: false`. */
export interface StoryView extends Localised {
  title: string
  summary: string
  body: unknown
}
