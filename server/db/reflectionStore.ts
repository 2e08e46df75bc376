import { randomUUID } from 'node:crypto'
import { and, desc, eq } from 'drizzle-orm'
import type { Database } from './connect'
import type { LocaleCode } from '../../i18n/registry'
import type { ReflectionInput } from '../../shared/schemas/reflection'
import type { ModeratedReflection, OwnReflection, PublishedReflection, ReflectionStatus } from '../../shared/types/reflection'

type ReflectionRow = Database['tables']['reflections']['$inferSelect']
export interface StoredPhoto { bytes: Buffer, width: number, height: number }

/** The photo's address changes with every new photo, so a cached copy is never shown for another. */
const photoOf = (row: Pick<ReflectionRow, 'id' | 'photoWidth' | 'photoHeight' | 'updatedAt'>, url: string) =>
  row.photoWidth && row.photoHeight ? { url: `${url}?v=${row.updatedAt.getTime()}`, width: row.photoWidth, height: row.photoHeight } : null

/** Columns of a reflection without its photo's bytes. */
function columns(database: Database) {
  const { reflections: r } = database.tables
  return {
    id: r.id, eventId: r.eventId, signupId: r.signupId, text: r.text, language: r.language, stopSlug: r.stopSlug, firstName: r.firstName,
    status: r.status, photoWidth: r.photoWidth, photoHeight: r.photoHeight, createdAt: r.createdAt, updatedAt: r.updatedAt,
  }
}
type Listed = Omit<ReflectionRow, 'photo' | 'decidedAt'>

export async function ownReflection(database: Database, signupId: string, token: string): Promise<OwnReflection | null> {
  const { reflections } = database.tables
  const [row] = await database.db.select(columns(database)).from(reflections).where(eq(reflections.signupId, signupId))
  if (!row) return null
  return {
    text: row.text, language: row.language as LocaleCode, stopSlug: row.stopSlug, firstName: row.firstName, status: row.status,
    photo: photoOf(row, `/api/signups/${token}/reflection/photo`), updatedAt: row.updatedAt.toISOString(),
  }
}

/**
 * Writes a student's reflection (one per sign-up), with a new photo or without the old one if asked.
 * Any change sends it back to the organisers to look at again.
 */
export async function saveReflection(database: Database, signup: { id: string, eventId: string }, input: ReflectionInput, now: Date, photo?: StoredPhoto): Promise<void> {
  const { reflections } = database.tables
  const photoColumns = photo
    ? { photo: photo.bytes, photoWidth: photo.width, photoHeight: photo.height }
    : input.removePhoto ? { photo: null, photoWidth: null, photoHeight: null } : {}
  const fields = { text: input.text, language: input.language, stopSlug: input.stopSlug, firstName: input.firstName, status: 'pending' as const, decidedAt: null, updatedAt: now, ...photoColumns }
  await database.transaction(tx => tx.insert(reflections)
    .values({ id: randomUUID(), eventId: signup.eventId, signupId: signup.id, createdAt: now, ...fields })
    .onConflictDoUpdate({ target: reflections.signupId, set: fields }))
}

/** A new photo for a reflection already written; false when there is none to put it on. */
export async function replaceReflectionPhoto(database: Database, signupId: string, photo: StoredPhoto, now: Date): Promise<boolean> {
  const { reflections } = database.tables
  const updated = await database.transaction(tx => tx.update(reflections)
    .set({ photo: photo.bytes, photoWidth: photo.width, photoHeight: photo.height, status: 'pending', decidedAt: null, updatedAt: now })
    .where(eq(reflections.signupId, signupId)).returning({ id: reflections.id }))
  return updated.length > 0
}

export async function deleteReflection(database: Database, signupId: string): Promise<boolean> {
  const { reflections } = database.tables
  const deleted = await database.transaction(tx => tx.delete(reflections).where(eq(reflections.signupId, signupId)).returning({ id: reflections.id }))
  return deleted.length > 0
}

/** The photo's bytes, with who may see them: anyone once published, else its writer and the walk's organisers. */
export async function reflectionPhoto(database: Database, where: { id: string } | { signupId: string }) {
  const { reflections } = database.tables
  const [row] = await database.db.select({ photo: reflections.photo, status: reflections.status, eventId: reflections.eventId }).from(reflections)
    .where('id' in where ? eq(reflections.id, where.id) : eq(reflections.signupId, where.signupId))
  return row?.photo ? { bytes: row.photo, status: row.status, eventId: row.eventId } : null
}

function published(row: Listed): PublishedReflection {
  return {
    id: row.id, text: row.text, language: row.language as LocaleCode, firstName: row.firstName, stopSlug: row.stopSlug,
    photo: photoOf(row, `/api/reflections/${row.id}/photo`), eventId: row.eventId, at: row.createdAt.toISOString(),
  }
}

/** Published reflections of one walk or of one stop, newest first. */
export async function publishedReflections(database: Database, where: { event: string } | { stop: string }, limit = 100): Promise<PublishedReflection[]> {
  const { reflections, events } = database.tables
  const rows = await database.db.select(columns(database)).from(reflections)
    .innerJoin(events, eq(events.id, reflections.eventId))
    .where(and(
      eq(reflections.status, 'approved'), eq(events.status, 'published'),
      'event' in where ? eq(reflections.eventId, where.event) : eq(reflections.stopSlug, where.stop),
    ))
    .orderBy(desc(reflections.createdAt)).limit(limit)
  return rows.map(published)
}

/** Every reflection on a walk, for its organisers to publish or hide. */
export async function reflectionsToModerate(database: Database, eventId: string): Promise<ModeratedReflection[]> {
  const { reflections, signups } = database.tables
  const rows = await database.db.select({ ...columns(database), writtenBy: signups.name }).from(reflections)
    .leftJoin(signups, eq(signups.id, reflections.signupId))
    .where(eq(reflections.eventId, eventId))
    .orderBy(desc(reflections.createdAt))
  return rows.map(row => ({ ...published(row), status: row.status, writtenBy: row.writtenBy }))
}

/** An organiser publishes or hides a reflection of their walk; false when the walk has none with that id. */
export async function decideReflection(database: Database, eventId: string, id: string, status: Exclude<ReflectionStatus, 'pending'>, now: Date): Promise<boolean> {
  const { reflections } = database.tables
  const updated = await database.transaction(tx => tx.update(reflections).set({ status, decidedAt: now })
    .where(and(eq(reflections.id, id), eq(reflections.eventId, eventId))).returning({ id: reflections.id }))
  return updated.length > 0
}
