import { defineCollection, defineContentConfig } from '@nuxt/content'
import { narrationSchema, stopFactsSchema, stopTextSchema, walkFactsSchema, walkTextSchema } from './shared/schemas/content'

export default defineContentConfig({
  collections: {
    stops: defineCollection({ type: 'data', source: 'stops/*.yml', schema: stopFactsSchema }),
    stopTexts: defineCollection({ type: 'page', source: 'stops/*/*.md', schema: stopTextSchema }),
    walks: defineCollection({ type: 'data', source: 'walks/*.yml', schema: walkFactsSchema }),
    walkTexts: defineCollection({ type: 'page', source: 'walks/*/*.md', schema: walkTextSchema }),
    narrations: defineCollection({ type: 'data', source: 'narration/*/*.yml', schema: narrationSchema }),
  },
})
