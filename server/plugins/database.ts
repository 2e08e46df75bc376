import { ensureFirstOrganiser, seedDemoEvent } from '../db/bootstrap'

/** Opens and migrates the database at start-up, creates the first organiser and the demo event. */
export default defineNitroPlugin(async () => {
  if (!publicOrigin()) console.error('NUXT_PUBLIC_SITE_URL is not set: e-mails wait in the outbox and QR codes and invites are refused until it names this site\'s public address.')
  const database = await useDatabase()
  await ensureFirstOrganiser(database, process.env, line => console.log(line))
  if (process.env.CITYWALK_SEED_DEMO !== 'false') await seedDemoEvent(database)
})
