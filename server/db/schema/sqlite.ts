import { sql } from 'drizzle-orm'
import { blob, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
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

/** SQLite tables. `pg.ts` declares the same tables for PostgreSQL: keep the two in step. */

const timestamps = {
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(sql`(unixepoch('subsec') * 1000)`),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull().default(sql`(unixepoch('subsec') * 1000)`),
}

export const users = sqliteTable('users', {
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
export const sessions = sqliteTable('sessions', {
  id: text('id').primaryKey(),
  userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  ...timestamps,
}, table => [index('sessions_user').on(table.userId)])

export const events = sqliteTable('events', {
  id: text('id').primaryKey(),
  walkSlug: text('walk_slug'),
  stopSlugs: text('stop_slugs', { mode: 'json' }).$type<string[]>().notNull(),
  meetingLat: integer('meeting_lat_e6').notNull(),
  meetingLng: integer('meeting_lng_e6').notNull(),
  meetingNote: text('meeting_note', { mode: 'json' }).$type<Record<string, string>>().notNull(),
  startsAt: integer('starts_at', { mode: 'timestamp_ms' }).notNull(),
  durationMin: integer('duration_min').notNull(),
  capacity: integer('capacity').notNull(),
  guideLanguages: text('guide_languages', { mode: 'json' }).$type<string[]>().notNull(),
  signupDeadline: integer('signup_deadline', { mode: 'timestamp_ms' }).notNull(),
  descriptions: text('descriptions', { mode: 'json' }).$type<Record<string, string>>().notNull(),
  status: text('status', { enum: ['draft', 'published', 'cancelled'] }).$type<EventStatus>().notNull(),
  /** Bumped by every sign-up transaction: the row write serialises concurrent sign-ups to one event. */
  signupSeq: integer('signup_seq').notNull().default(0),
  /** The live walk on the day: bumped by every update a guide sends (the SSE event id). */
  liveSeq: integer('live_seq').notNull().default(0),
  liveStatus: text('live_status', { enum: ['waiting', 'live', 'ended'] }).$type<LiveStatus>().notNull().default('waiting'),
  liveStopIndex: integer('live_stop_index'),
  /** The guide's shared position, cleared when they stop sharing or the walk ends. */
  livePosition: text('live_position', { mode: 'json' }).$type<GuidePosition | null>(),
  ...timestamps,
}, table => [index('events_status_starts').on(table.status, table.startsAt)])

export const eventOrganisers = sqliteTable('event_organisers', {
  eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  userId: text('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  /** What they do on this walk (see shared/types/team.ts). */
  role: text('role', { enum: ['organiser', 'guide'] }).$type<TeamRole>().notNull().default('organiser'),
}, table => [uniqueIndex('event_organisers_pair').on(table.eventId, table.userId)])

export const signups = sqliteTable('signups', {
  id: text('id').primaryKey(),
  eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  token: text('token').notNull(),
  /** Shown on the ticket (QR and text) and checked at the door; grants nothing else. */
  checkinCode: text('checkin_code').notNull().$defaultFn(newTicketCode),
  idempotencyKey: text('idempotency_key').notNull(),
  /** Personal data: nulled when the data is deleted, so counts survive without names. */
  name: text('name'),
  email: text('email'),
  emailKey: text('email_key'),
  contact: text('contact'),
  university: text('university'),
  language: text('language').notNull(),
  status: text('status', { enum: ['confirmed', 'waiting', 'cancelled'] }).$type<SignupStatus>().notNull(),
  /** Arrival order within the event, from events.signup_seq: the waiting list is served by it. */
  seq: integer('seq').notNull(),
  consentAt: integer('consent_at', { mode: 'timestamp_ms' }).notNull(),
  checkedInAt: integer('checked_in_at', { mode: 'timestamp_ms' }),
  remindedAt: integer('reminded_at', { mode: 'timestamp_ms' }),
  personalDataDeletedAt: integer('personal_data_deleted_at', { mode: 'timestamp_ms' }),
  ...timestamps,
}, table => [
  uniqueIndex('signups_token_unique').on(table.token),
  uniqueIndex('signups_checkin_code_unique').on(table.checkinCode),
  uniqueIndex('signups_event_idempotency').on(table.eventId, table.idempotencyKey),
  uniqueIndex('signups_event_email').on(table.eventId, table.emailKey),
  index('signups_event_status_seq').on(table.eventId, table.status, table.seq),
])

export const outbox = sqliteTable('outbox', {
  id: text('id').primaryKey(),
  eventId: text('event_id').references(() => events.id, { onDelete: 'set null' }),
  recipient: text('recipient').notNull(),
  subject: text('subject').notNull(),
  text: text('text').notNull(),
  icsAttachment: text('ics_attachment'),
  sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
  lastError: text('last_error'),
  // A notice about a sign-up is queued in the transaction that causes it as these two and written
  // by the sending worker (subject and text stay empty until then), so the request does not build the e-mail.
  signupId: text('signup_id'),
  pendingKind: text('pending_kind'),
  // A worker that claims a row holds it until this moment; a worker that dies lets it lapse.
  leaseUntil: integer('lease_until', { mode: 'timestamp_ms' }),
  attempts: integer('attempts').notNull().default(0),
  // After a failed send, the row waits until then (back-off).
  nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }),
  ...timestamps,
}, table => [
  // The worker's two claims each read a small index in queue order: notices still to be written, and
  // written mail still to send (without SMTP, written mail stays unsent: it must not slow the first).
  index('outbox_unwritten').on(table.createdAt).where(sql`${table.pendingKind} IS NOT NULL`),
  index('outbox_due').on(table.createdAt).where(sql`${table.sentAt} IS NULL AND ${table.pendingKind} IS NULL`),
])

/** One-time links with which an organiser invites a volunteer; only the SHA-256 of the link's token is kept. */
export const invites = sqliteTable('invites', {
  id: text('id').primaryKey(),
  tokenHash: text('token_hash').notNull(),
  email: text('email').notNull(),
  invitedBy: text('invited_by').notNull().references(() => users.id, { onDelete: 'cascade' }),
  expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  usedAt: integer('used_at', { mode: 'timestamp_ms' }),
  ...timestamps,
}, table => [uniqueIndex('invites_token_hash_unique').on(table.tokenHash)])

/**
 * A volunteer's work on one stop or walk in one language, from first keystroke to publication:
 * a draft saved as they type, submitted for review, returned with a comment or published as a commit.
 */
export const submissions = sqliteTable('submissions', {
  id: text('id').primaryKey(),
  authorId: text('author_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  kind: text('kind', { enum: ['stop', 'walk'] }).$type<SubmissionKind>().notNull(),
  slug: text('slug').notNull(),
  locale: text('locale').notNull(),
  status: text('status', { enum: ['draft', 'submitted', 'returned', 'published'] }).$type<SubmissionStatus>().notNull(),
  fields: text('fields', { mode: 'json' }).$type<Record<string, string>>().notNull(),
  body: text('body').notNull(),
  /** A corrected position for the stop, from the volunteer's phone; null keeps the published one. */
  position: text('position', { mode: 'json' }).$type<SubmittedPosition | null>(),
  /** The stop's practical block as the volunteer would publish it; null keeps the published one. */
  practical: text('practical', { mode: 'json' }).$type<PracticalEdit | null>(),
  /** A photo of the stop waiting for review (its bytes in `studio_recordings`), with its credit; null keeps the published one. */
  photo: text('photo', { mode: 'json' }).$type<SubmissionPhoto | null>(),
  /** A stop proposed from the studio: its facts and place on a walk (the English text is the submission's). */
  newStop: text('new_stop', { mode: 'json' }).$type<NewStop | null>(),
  /** A walk proposed from the studio: its stops, stations and warnings (the English text is the submission's). */
  newWalk: text('new_walk', { mode: 'json' }).$type<NewWalk | null>(),
  /** Set on a proposal to undo a published submission's commit: that submission's id. */
  revertOf: text('revert_of'),
  audioFile: text('audio_file'),
  audioType: text('audio_type'),
  audioBytes: integer('audio_bytes'),
  audioDurationMs: integer('audio_duration_ms'),
  /** Version (sourceHash) of the published file when the draft began: the review warns when it has changed since. */
  baseHash: text('base_hash'),
  reviewComment: text('review_comment'),
  reviewerId: text('reviewer_id').references(() => users.id, { onDelete: 'set null' }),
  commitSha: text('commit_sha'),
  publishState: text('publish_state', { enum: ['running', 'done', 'failed', 'skipped', 'pushed'] }).$type<PublishState>(),
  /** Bumped by every save: an organiser approves the version they reviewed, not one saved since. */
  revision: integer('revision').notNull().default(1),
  submittedAt: integer('submitted_at', { mode: 'timestamp_ms' }),
  reviewedAt: integer('reviewed_at', { mode: 'timestamp_ms' }),
  ...timestamps,
}, table => [
  // One open piece of work per person, text and language: autosave always finds the same row.
  uniqueIndex('submissions_open_unique').on(table.authorId, table.kind, table.slug, table.locale).where(sql`${table.status} <> 'published'`),
  index('submissions_status').on(table.status, table.submittedAt),
])

/** Fixed-window hit counters (client address and route), shared by every server. */
export const rateLimits = sqliteTable('rate_limits', {
  key: text('key').primaryKey(),
  windowStart: integer('window_start', { mode: 'timestamp_ms' }).notNull(),
  hits: integer('hits').notNull(),
})

/**
 * A volunteer's recording or stop photo waiting for review, in the database so that every server can play and
 * publish it, whichever one received the upload. Removed with its submission.
 */
export const studioRecordings = sqliteTable('studio_recordings', {
  name: text('name').primaryKey(),
  submissionId: text('submission_id').notNull().references(() => submissions.id, { onDelete: 'cascade' }),
  bytes: blob('bytes', { mode: 'buffer' }).$type<Buffer>().notNull(),
  createdAt: timestamps.createdAt,
}, table => [index('studio_recordings_submission').on(table.submissionId)])

/** Work that one server at a time may do (publishing from the studio), held until `expiresAt` unless renewed. */
export const leases = sqliteTable('leases', {
  name: text('name').primaryKey(),
  holder: text('holder').notNull(),
  expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
})

/** Everything a guide sent during a live walk, in order: a follower who reconnects catches up from here. */
export const liveUpdates = sqliteTable('live_updates', {
  eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  seq: integer('seq').notNull(),
  change: text('change', { mode: 'json' }).$type<LiveChange>().notNull(),
  createdAt: timestamps.createdAt,
}, table => [uniqueIndex('live_updates_event_seq').on(table.eventId, table.seq)])

/** Who follows a live walk now, on any server: seen within the last minute or two. */
export const liveFollowers = sqliteTable('live_followers', {
  signupId: text('signup_id').primaryKey().references(() => signups.id, { onDelete: 'cascade' }),
  eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }).notNull(),
}, table => [index('live_followers_event').on(table.eventId, table.lastSeenAt)])

/**
 * What a participant took away from a group walk, for the organisers to publish or hide. The photo is
 * the server's re-encoding (no metadata). When the sign-up's personal data goes, an approved
 * reflection stays, anonymous and unlinked; any other goes with it.
 */
export const reflections = sqliteTable('reflections', {
  id: text('id').primaryKey(),
  eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  signupId: text('signup_id').references(() => signups.id, { onDelete: 'set null' }),
  text: text('text').notNull(),
  language: text('language').notNull(),
  stopSlug: text('stop_slug'),
  firstName: text('first_name'),
  status: text('status', { enum: ['pending', 'approved', 'hidden'] }).$type<ReflectionStatus>().notNull().default('pending'),
  photo: blob('photo', { mode: 'buffer' }).$type<Buffer>(),
  photoWidth: integer('photo_width'),
  photoHeight: integer('photo_height'),
  decidedAt: integer('decided_at', { mode: 'timestamp_ms' }),
  ...timestamps,
}, table => [
  uniqueIndex('reflections_signup').on(table.signupId),
  index('reflections_event').on(table.eventId, table.status),
  index('reflections_stop').on(table.stopSlug, table.status),
])

/** What a walk's co-organisers wrote to its students, as a log: each message's mails are in the outbox. */
export const groupMessages = sqliteTable('group_messages', {
  id: text('id').primaryKey(),
  eventId: text('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  authorId: text('author_id').references(() => users.id, { onDelete: 'set null' }),
  /** Kept as it was when the message went, so the log still says who wrote it. */
  authorName: text('author_name').notNull(),
  audience: text('audience', { enum: ['confirmed', 'waiting', 'everyone'] }).$type<MessageAudience>().notNull(),
  template: text('template').$type<MessageTemplate | null>(),
  note: text('note').notNull(),
  recipients: integer('recipients').notNull(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
}, table => [index('group_messages_event').on(table.eventId, table.createdAt)])
