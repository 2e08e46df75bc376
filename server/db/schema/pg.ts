import { sql } from 'drizzle-orm'
import { bigint, customType, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core'
import type { EventStatus, SignupStatus } from '../../../shared/utils/signupRules'
import { newTicketCode } from '../../../shared/utils/ticketCode'
import type { GuidePosition, LiveChange, LiveStatus } from '../../../shared/types/live'
import type { ReflectionStatus } from '../../../shared/types/reflection'
import type { TeamRole } from '../../../shared/types/team'
import type { PublishState, SubmissionKind, SubmissionPhoto, SubmissionStatus, SubmittedPosition } from '../../../shared/types/submission'
import type { PracticalEdit } from '../../../shared/schemas/content'
import type { NewStop } from '../../../shared/schemas/newStop'
import type { NewWalk } from '../../../shared/schemas/newWalk'
import type { MessageAudience, MessageTemplate } from '../../../shared/schemas/groupMessage'

/** PostgreSQL tables: the same as `sqlite.ts`, column for column. */

const instant = (name: string) => timestamp(name, { mode: 'date', withTimezone: true, precision: 3 })
const timestamps = {
  createdAt: instant('created_at').notNull().defaultNow(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
}

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ['organiser', 'volunteer'] }).notNull(),
  /** The app language they last logged in with: studio e-mails are written in it. */
  locale: text('locale'),
  ...timestamps,
}, table => [uniqueIndex('users_email_unique').on(table.email)])

/**
 * A login: its id is sealed in the session cookie, and a session counts only while its row is here, so
 * logging out (or removing the account) ends it on every server, whatever copies of the cookie exist.
 */
export const sessions = pgTable('sessions', {
  id: text('id').primaryKey(),
  userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  expiresAt: instant('expires_at').notNull(),
  ...timestamps,
}, table => [index('sessions_user').on(table.userId)])

export const events = pgTable('events', {
  id: text('id').primaryKey(),
  walkSlug: text('walk_slug'),
  stopSlugs: jsonb('stop_slugs').$type<string[]>().notNull(),
  meetingLat: integer('meeting_lat_e6').notNull(),
  meetingLng: integer('meeting_lng_e6').notNull(),
  meetingNote: jsonb('meeting_note').$type<Record<string, string>>().notNull(),
  startsAt: instant('starts_at').notNull(),
  durationMin: integer('duration_min').notNull(),
  capacity: integer('capacity').notNull(),
  guideLanguages: jsonb('guide_languages').$type<string[]>().notNull(),
  signupDeadline: instant('signup_deadline').notNull(),
  descriptions: jsonb('descriptions').$type<Record<string, string>>().notNull(),
  status: text('status', { enum: ['draft', 'published', 'cancelled'] }).$type<EventStatus>().notNull(),
  signupSeq: bigint('signup_seq', { mode: 'number' }).notNull().default(0),
  liveSeq: bigint('live_seq', { mode: 'number' }).notNull().default(0),
  liveStatus: text('live_status', { enum: ['waiting', 'live', 'ended'] }).$type<LiveStatus>().notNull().default('waiting'),
  liveStopIndex: integer('live_stop_index'),
  livePosition: jsonb('live_position').$type<GuidePosition | null>(),
  ...timestamps,
}, table => [index('events_status_starts').on(table.status, table.startsAt)])

export const eventOrganisers = pgTable('event_organisers', {
  eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  /** What they do on this walk (see shared/types/team.ts). */
  role: text('role', { enum: ['organiser', 'guide'] }).$type<TeamRole>().notNull().default('organiser'),
}, table => [uniqueIndex('event_organisers_pair').on(table.eventId, table.userId)])

export const signups = pgTable('signups', {
  id: text('id').primaryKey(),
  eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  token: text('token').notNull(),
  checkinCode: text('checkin_code').notNull().$defaultFn(newTicketCode),
  idempotencyKey: text('idempotency_key').notNull(),
  name: text('name'),
  email: text('email'),
  emailKey: text('email_key'),
  contact: text('contact'),
  university: text('university'),
  language: text('language').notNull(),
  status: text('status', { enum: ['confirmed', 'waiting', 'cancelled'] }).$type<SignupStatus>().notNull(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  consentAt: instant('consent_at').notNull(),
  checkedInAt: instant('checked_in_at'),
  remindedAt: instant('reminded_at'),
  personalDataDeletedAt: instant('personal_data_deleted_at'),
  ...timestamps,
}, table => [
  uniqueIndex('signups_token_unique').on(table.token),
  uniqueIndex('signups_checkin_code_unique').on(table.checkinCode),
  uniqueIndex('signups_event_idempotency').on(table.eventId, table.idempotencyKey),
  uniqueIndex('signups_event_email').on(table.eventId, table.emailKey),
  index('signups_event_status_seq').on(table.eventId, table.status, table.seq),
])

export const outbox = pgTable('outbox', {
  id: text('id').primaryKey(),
  eventId: text('event_id').references(() => events.id, { onDelete: 'set null' }),
  recipient: text('recipient').notNull(),
  subject: text('subject').notNull(),
  text: text('text').notNull(),
  icsAttachment: text('ics_attachment'),
  sentAt: instant('sent_at'),
  lastError: text('last_error'),
  // A notice about a sign-up is queued in the transaction that causes it as these two and written
  // by the sending worker (subject and text stay empty until then), so the request does not build the e-mail.
  signupId: text('signup_id'),
  pendingKind: text('pending_kind'),
  // A worker that claims a row holds it until this moment; a worker that dies lets it lapse.
  leaseUntil: instant('lease_until'),
  attempts: integer('attempts').notNull().default(0),
  // After a failed send, the row waits until then (back-off).
  nextAttemptAt: instant('next_attempt_at'),
  ...timestamps,
}, table => [
  // The worker's two claims each read a small index in queue order: notices still to be written, and
  // written mail still to send (without SMTP, written mail stays unsent: it must not slow the first).
  index('outbox_unwritten').on(table.createdAt).where(sql`${table.pendingKind} IS NOT NULL`),
  index('outbox_due').on(table.createdAt).where(sql`${table.sentAt} IS NULL AND ${table.pendingKind} IS NULL`),
])

export const invites = pgTable('invites', {
  id: text('id').primaryKey(),
  tokenHash: text('token_hash').notNull(),
  email: text('email').notNull(),
  invitedBy: text('invited_by').notNull().references(() => users.id, { onDelete: 'cascade' }),
  expiresAt: instant('expires_at').notNull(),
  usedAt: instant('used_at'),
  ...timestamps,
}, table => [uniqueIndex('invites_token_hash_unique').on(table.tokenHash)])

export const submissions = pgTable('submissions', {
  id: text('id').primaryKey(),
  authorId: text('author_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  kind: text('kind', { enum: ['stop', 'walk'] }).$type<SubmissionKind>().notNull(),
  slug: text('slug').notNull(),
  locale: text('locale').notNull(),
  status: text('status', { enum: ['draft', 'submitted', 'returned', 'published'] }).$type<SubmissionStatus>().notNull(),
  fields: jsonb('fields').$type<Record<string, string>>().notNull(),
  body: text('body').notNull(),
  position: jsonb('position').$type<SubmittedPosition | null>(),
  /** The stop's practical block as the volunteer would publish it; null keeps the published one. */
  practical: jsonb('practical').$type<PracticalEdit | null>(),
  /** A photo of the stop waiting for review (its bytes in `studio_recordings`), with its credit; null keeps the published one. */
  photo: jsonb('photo').$type<SubmissionPhoto | null>(),
  /** A stop proposed from the studio: its facts and place on a walk (the English text is the submission's). */
  newStop: jsonb('new_stop').$type<NewStop | null>(),
  /** A walk proposed from the studio: its stops, stations and warnings (the English text is the submission's). */
  newWalk: jsonb('new_walk').$type<NewWalk | null>(),
  /** Set on a proposal to undo a published submission's commit: that submission's id. */
  revertOf: text('revert_of'),
  audioFile: text('audio_file'),
  audioType: text('audio_type'),
  audioBytes: integer('audio_bytes'),
  audioDurationMs: integer('audio_duration_ms'),
  baseHash: text('base_hash'),
  reviewComment: text('review_comment'),
  reviewerId: text('reviewer_id').references(() => users.id, { onDelete: 'set null' }),
  commitSha: text('commit_sha'),
  publishState: text('publish_state', { enum: ['running', 'done', 'failed', 'skipped', 'pushed'] }).$type<PublishState>(),
  revision: integer('revision').notNull().default(1),
  submittedAt: instant('submitted_at'),
  reviewedAt: instant('reviewed_at'),
  ...timestamps,
}, table => [
  uniqueIndex('submissions_open_unique').on(table.authorId, table.kind, table.slug, table.locale).where(sql`${table.status} <> 'published'`),
  index('submissions_status').on(table.status, table.submittedAt),
])

/** Fixed-window hit counters (client address and route), shared by every server. */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  windowStart: instant('window_start').notNull(),
  hits: integer('hits').notNull(),
})

const bytea = customType<{ data: Buffer, driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: value => Buffer.isBuffer(value) ? value : Buffer.from(value),
})

export const studioRecordings = pgTable('studio_recordings', {
  name: text('name').primaryKey(),
  submissionId: text('submission_id').notNull().references(() => submissions.id, { onDelete: 'cascade' }),
  bytes: bytea('bytes').notNull(),
  createdAt: instant('created_at').notNull().defaultNow(),
}, table => [index('studio_recordings_submission').on(table.submissionId)])

export const leases = pgTable('leases', {
  name: text('name').primaryKey(),
  holder: text('holder').notNull(),
  expiresAt: instant('expires_at').notNull(),
})

export const liveUpdates = pgTable('live_updates', {
  eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  change: jsonb('change').$type<LiveChange>().notNull(),
  createdAt: instant('created_at').notNull().defaultNow(),
}, table => [uniqueIndex('live_updates_event_seq').on(table.eventId, table.seq)])

export const liveFollowers = pgTable('live_followers', {
  signupId: text('signup_id').primaryKey().references(() => signups.id, { onDelete: 'cascade' }),
  eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  lastSeenAt: instant('last_seen_at').notNull(),
}, table => [index('live_followers_event').on(table.eventId, table.lastSeenAt)])

export const reflections = pgTable('reflections', {
  id: text('id').primaryKey(),
  eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  signupId: text('signup_id').references(() => signups.id, { onDelete: 'set null' }),
  text: text('text').notNull(),
  language: text('language').notNull(),
  stopSlug: text('stop_slug'),
  firstName: text('first_name'),
  status: text('status', { enum: ['pending', 'approved', 'hidden'] }).$type<ReflectionStatus>().notNull().default('pending'),
  photo: bytea('photo'),
  photoWidth: integer('photo_width'),
  photoHeight: integer('photo_height'),
  decidedAt: instant('decided_at'),
  ...timestamps,
}, table => [
  uniqueIndex('reflections_signup').on(table.signupId),
  index('reflections_event').on(table.eventId, table.status),
  index('reflections_stop').on(table.stopSlug, table.status),
])

/** What a walk's co-organisers wrote to its students, as a log: each message's mails are in the outbox. */
export const groupMessages = pgTable('group_messages', {
  id: text('id').primaryKey(),
  eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
  /** Kept as it was when the message went, so the log still says who wrote it. */
  authorName: text('author_name').notNull(),
  audience: text('audience', { enum: ['confirmed', 'waiting', 'everyone'] }).$type<MessageAudience>().notNull(),
  template: text('template').$type<MessageTemplate | null>(),
  note: text('note').notNull(),
  recipients: integer('recipients').notNull(),
  createdAt: instant('created_at').notNull(),
}, table => [index('group_messages_event').on(table.eventId, table.createdAt)])
