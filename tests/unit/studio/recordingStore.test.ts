import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addUser } from '../../../server/db/userStore'
import { importRecordingFiles, readRecording } from '../../../server/studio/recordingStore'
import { saveDraft } from '../../../server/studio/submissionStore'
import { toneWav } from '../../support/toneWav'
import { OPEN_TIMEOUT_MS, openTestDatabase, STORE_ENGINES } from '../db/testDatabases'

describe.each(STORE_ENGINES)('recordings kept as files by an earlier version, on %s', (engine) => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>
  const dir = mkdtempSync(join(tmpdir(), 'citywalk-uploads-'))
  beforeAll(async () => {
    database = await openTestDatabase(engine)
  }, OPEN_TIMEOUT_MS)
  afterAll(async () => {
    await database.dispose()
    rmSync(dir, { recursive: true, force: true })
  })

  it('move into the database at start-up, once, and a missing file is left for the author to record again', async () => {
    const author = await addUser(database, { email: `vera-${engine}@example.edu`, name: 'Vera', role: 'volunteer', password: 'volunteer password' })
    const take = toneWav(1.2)
    const names: string[] = []
    for (const slug of ['qian-xuesen-residence', 'rewi-alley-residence']) {
      const row = await saveDraft(database, author, { kind: 'stop', slug, locale: 'ru', fields: {}, body: 'Текст.', position: null }, null)
      const name = `${row.id}-legacy.wav`
      await database.transaction(tx => tx.update(database.tables.submissions).set({ audioFile: name }).where(eqId(database, row.id)))
      names.push(name)
    }
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, names[0]!), take)

    expect(await importRecordingFiles(database, dir)).toBe(1)
    expect(await readRecording(database, names[0]!)).toEqual(take)
    expect(existsSync(join(dir, names[0]!))).toBe(false)
    expect(await readRecording(database, names[1]!)).toBeNull()
    expect(await importRecordingFiles(database, dir)).toBe(0)
  })
})

function eqId(database: Awaited<ReturnType<typeof openTestDatabase>>, id: string) {
  return eq(database.tables.submissions.id, id)
}
