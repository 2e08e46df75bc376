/**
 * The queries the server makes of @nuxt/content (contentStore.ts), as content's query builder writes
 * them, by collection. Its query route is public: it answers these and nothing else (middleware/contentQuery.ts).
 */
export const CONTENT_QUERIES: Readonly<Record<string, string>> = {
  stops: 'SELECT * FROM _content_stops ORDER BY stem ASC',
  stopTexts: 'SELECT * FROM _content_stopTexts ORDER BY stem ASC',
  walks: 'SELECT * FROM _content_walks ORDER BY "order" ASC',
  walkTexts: 'SELECT * FROM _content_walkTexts ORDER BY stem ASC',
  narrations: 'SELECT * FROM _content_narrations ORDER BY stem ASC',
  story: 'SELECT * FROM _content_story ORDER BY stem ASC',
}
