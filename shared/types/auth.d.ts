// Shape of the organiser session (nuxt-auth-utils).
declare module '#auth-utils' {
  interface User {
    id: string
    email: string
    name: string
    role: 'organiser' | 'volunteer'
  }
  interface UserSession {
    loggedInAt: number
    /** The server-side session row (server/db/sessionStore.ts): without it the cookie counts for nothing. */
    sessionId?: string
  }
}

export {}
