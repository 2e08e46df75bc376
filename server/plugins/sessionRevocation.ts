import { sessionIsLive } from '../db/sessionStore'

/** The browser's own session check (`/api/_auth/session`) sees a logged-out or revoked session as none. */
export default defineNitroPlugin(() => {
  sessionHooks.hook('fetch', async (session, event) => {
    if (session.user && !await sessionIsLive(await useDatabase(), session.sessionId, session.user.id)) {
      await clearUserSession(event)
      throw apiError(401, 'unauthenticated')
    }
  })
})
