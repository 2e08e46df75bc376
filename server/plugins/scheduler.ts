import { claimDueReminders, deleteExpiredPersonalData } from '../db/maintenance'
import { deleteExpiredSessions } from '../db/sessionStore'
import { deliverOutbox } from '../mail/deliver'

/**
 * The scheduled task: reminders 24 hours before a walk, deletion of personal data N days after it
 * (NUXT_PUBLIC_RETENTION_DAYS), and another try at e-mail that could not be sent.
 */
export default defineNitroPlugin((nitroApp) => {
  const everyMs = Number(process.env.CITYWALK_TASK_INTERVAL_S || 60) * 1000
  let running = false

  async function tick() {
    if (running) return
    running = true
    try {
      const database = await useDatabase()
      const due = await claimDueReminders(database)
      const byEvent = groupByEvent(due)
      for (const [eventId, people] of byEvent) {
        await noticeSignups(database, eventId, 'reminder', people.map(p => ({ name: p.name ?? '', email: p.email ?? '', language: p.language, token: p.token })), null)
      }
      const retentionDays = Number(useRuntimeConfig().public.retentionDays)
      const erased = await deleteExpiredPersonalData(database, new Date(), retentionDays)
      if (erased) console.log(`Deleted the personal data of ${erased} sign-up(s) past the ${retentionDays}-day retention.`)
      await deleteExpiredSessions(database)
      await deliverOutbox(database)
    }
    catch (error) {
      console.error('Scheduled task failed:', (error as Error).message)
    }
    finally {
      running = false
    }
  }

  const timer = setInterval(tick, everyMs)
  timer.unref()
  setTimeout(tick, 2_000).unref()
  nitroApp.hooks.hook('close', () => clearInterval(timer))
})

// Map.groupBy arrived in Node 21; the project still runs on Node 20.
function groupByEvent<T extends { eventId: string }>(items: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(item.eventId, [...(groups.get(item.eventId) ?? []), item])
  return groups
}
