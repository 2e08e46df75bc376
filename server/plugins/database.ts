import { ensureFirstOrganiser, seedDemoEvent } from '../db/bootstrap'

/** Opens and migrates the database at start-up, creates the first organiser and the demo event. */
export default defineNitroPlugin(async () => {
  const database = await useDatabase()
  await ensureFirstOrganiser(database, process.env, line => console.log(line))
  if (process.env.CITYWALK_SEED_DEMO !== 'false') await seedDemoEvent(database)
})
