/**
 * Server-rendered pages load the app's scripts only after their first paint. The page is complete and styled
 * without them, but scripts that arrive before the first frame (a fast connection, a slow phone) are run and
 * hydrated first and hold the paint back; on a slow connection their preloads share the line with the page.
 */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('render:html', (html) => {
    const deferred = appScriptsAfterPaint(html.head.join(''))
    if (!deferred) return
    html.head = [deferred.head]
    html.bodyAppend.push(`<script>${deferred.loader}</script>`)
  })
})
