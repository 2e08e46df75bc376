import { z } from './zod'
import { multiLineText } from './text'

/** Ready-made messages, each sent in every student's own language (`email.groupMessage.templates.<key>`). */
export const MESSAGE_TEMPLATES = ['meetingPoint', 'weather', 'runningLate', 'comfortableShoes'] as const
/** Who is written to: those with a place, those waiting, or both. */
export const MESSAGE_AUDIENCES = ['confirmed', 'waiting', 'everyone'] as const
export const MAX_NOTE_LENGTH = 2000

/** A message to a walk's students: a ready-made text, the organiser's own note (sent as written), or both. */
export const groupMessageSchema = z.strictObject({
  audience: z.enum(MESSAGE_AUDIENCES),
  template: z.enum(MESSAGE_TEMPLATES).nullable(),
  note: multiLineText().trim().max(MAX_NOTE_LENGTH),
}).refine(message => message.template !== null || message.note.length > 0, { path: ['note'], message: 'empty' })

export type GroupMessageInput = z.infer<typeof groupMessageSchema>
export type MessageTemplate = typeof MESSAGE_TEMPLATES[number]
export type MessageAudience = typeof MESSAGE_AUDIENCES[number]
