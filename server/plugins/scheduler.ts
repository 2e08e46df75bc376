import { claimDueReminders, deleteExpiredPersonalData } from '../db/maintenance'
import { deleteOldWindows } from '../db/rateLimitStore'
import { deleteExpiredSessions } from '../db/sessionStore'
import { deliverOutbox, releaseHeldMail } from '../mail/deliver'

/**
 * The scheduled task, in every server: reminders 24 hours before a walk, deletion of personal data
 * N days after it (NUXT_PUBLIC_RETENTION_DAYS), and mail still to send. Each step is safe to run on
 * several servers at once: reminders and mail are claimed in the database, deletions are idempotent.
 */
export default defineNitroPlugin((nitroApp) => {
  const everyMs = Number(process.env.CITYWALK_TASK_INTERVAL_S || 60) * 1000
  let stopped = false

  async function tick() {
    if (stopped || !databaseReady()) return
    try {
      const database = await useDatabase()
      await claimDueReminders(database)
      const retentionDays = Number(useRuntimeConfig().public.retentionDays)
      const erased = await deleteExpiredPersonalData(database, new Date(), retentionDays)
      if (erased) console.log(`Deleted the personal data of ${erased} sign-up(s) past the ${retentionDays}-day retention.`)
      await deleteExpiredSessions(database)
      await deleteOldWindows(database, 3_600_000)
      await deliverOutbox(database)
    }
    catch (error) {
      console.error('Scheduled task failed:', (error as Error).message)
    }
  }

  const timer = setInterval(tick, everyMs)
  timer.unref()
  setTimeout(tick, 2_000).unref()
  // On SIGTERM Nitro stops accepting, lets requests in flight finish, then closes: give back leased mail.
  nitroApp.hooks.hook('close', async () => {
    stopped = true
    clearInterval(timer)
    if (databaseReady()) await releaseHeldMail(await useDatabase()).catch(() => {})
  })
})
