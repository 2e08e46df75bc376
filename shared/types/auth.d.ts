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
  }
}

export {}
