import type { AppUnderTest } from './appUnderTest'
import { databaseFingerprint } from './databaseFingerprint'

/** Waits until nothing the server started (mail above all, sent by its background worker) is still writing. */
export async function waitUntilSettled(app: AppUnderTest): Promise<void> {
  let previous = ''
  for (let stable = 0, tries = 0; stable < 4 && tries < 100; tries++) {
    await new Promise(done => setTimeout(done, 250))
    const now = JSON.stringify([databaseFingerprint(app.databaseFile), app.mail.length])
    stable = now === previous ? stable + 1 : 0
    previous = now
  }
}
