/** Opens, migrates and sets up the database at start-up; refuses to run several servers that cannot share logins. */
export default defineNitroPlugin(() => {
  if (!publicOrigin()) console.error('NUXT_PUBLIC_SITE_URL is not set: e-mails wait in the outbox and QR codes and invites are refused until it names this site\'s public address.')
  if (process.env.DATABASE_URL && !process.env.NUXT_SESSION_PASSWORD) {
    // Each server would seal logins with a secret of its own: a login on one would be unknown to the others.
    console.error('DATABASE_URL is set but NUXT_SESSION_PASSWORD is not: give every server the same session secret (32+ characters).')
    process.exit(1)
  }
  useDatabase().catch(error => console.error('The database could not be opened:', (error as Error).message))
})
