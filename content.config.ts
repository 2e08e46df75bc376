import { defineCollection, defineContentConfig } from '@nuxt/content'
import { z } from 'zod'
import { narrationSchema, stopFactsSchema, stopTextSchema, storyTextSchema, walkFactsSchema, walkTextSchema } from './shared/schemas/content'

// @nuxt/content fills `rawbody` with the whole file, which the server hashes to tell stale translations (see scripts/lib/sourceHash.ts).
const withRawFile = { rawbody: z.string() }

export default defineContentConfig({
  collections: {
    stops: defineCollection({ type: 'data', source: 'stops/*.yml', schema: stopFactsSchema }),
    stopTexts: defineCollection({ type: 'page', source: 'stops/*/*.md', schema: stopTextSchema.extend(withRawFile) }),
    walks: defineCollection({ type: 'data', source: 'walks/*.yml', schema: walkFactsSchema }),
    walkTexts: defineCollection({ type: 'page', source: 'walks/*/*.md', schema: walkTextSchema.extend(withRawFile) }),
    narrations: defineCollection({ type: 'data', source: 'narration/*/*.yml', schema: narrationSchema }),
    story: defineCollection({ type: 'page', source: 'story/*.md', schema: storyTextSchema }),
  },
})
