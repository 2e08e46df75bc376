import { z } from 'zod'
import { CONTENT_QUERIES } from '../utils/contentQueries'

/** Content's client sends `{ "sql": "…" }`; the longest query it sends here is under 100 bytes. */
const MAX_BODY_BYTES = 1024
// Any spelling that ends in /query, an encoded slash in the collection included: what is not exactly a known collection is refused here.
const QUERY_ROUTE = /^\/__nuxt_content\/.+\/query$/
const bodySchema = z.strictObject({ sql: z.string() })

/**
 * @nuxt/content answers its public query route with a 500 for a request it cannot use. Before its
 * handler runs, this lets through exactly the queries the server makes and refuses anything else with a 4xx.
 */
export default defineEventHandler(async (event) => {
  if (!QUERY_ROUTE.test(routePath(event))) return
  // Content takes the collection from the raw path: any other spelling of it would reach the handler unchecked.
  const collection = /^\/__nuxt_content\/(\w+)\/query$/.exec(event.path.split('?')[0]!)?.[1] ?? ''
  const allowed = Object.hasOwn(CONTENT_QUERIES, collection) ? CONTENT_QUERIES[collection] : undefined
  if (!allowed) throw apiError(404, 'textNotFound')
  if (event.method !== 'POST') {
    setResponseHeader(event, 'allow', 'POST')
    throw apiError(405, 'invalidInput')
  }
  if (!getRequestHeader(event, 'content-type')?.startsWith('application/json')) throw apiError(415, 'invalidInput')
  const body = await readBoundedBody(event, MAX_BODY_BYTES, 'bodyTooLarge')
  const parsed = bodySchema.safeParse(parseJson(body.toString('utf8')))
  if (!parsed.success) throw invalidInput(parsed.error)
  if (parsed.data.sql !== allowed) throw apiError(422, 'invalidInput', ['sql'])
})

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  }
  catch {
    return undefined
  }
}
