import { z } from './zod'
import { LOCALE_CODES, type LocaleCode } from '../../i18n/registry'
import { LIVE_PRESETS } from '../types/live'
import { singleLineText } from './text'

/** A free-text message from a guide: short enough for a banner on a phone. */
export const LIVE_MESSAGE_MAX = 200

const latitude = z.number().min(-90).max(90)
const longitude = z.number().min(-180).max(180)

/** What a guide can do during a live walk, one action per request. */
export const liveActionSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('start') }),
  z.strictObject({ action: z.literal('end') }),
  z.strictObject({ action: z.literal('goTo'), stopIndex: z.int().min(0).max(99) }),
  z.strictObject({ action: z.literal('preset'), preset: z.enum(LIVE_PRESETS) }),
  z.strictObject({
    action: z.literal('message'),
    text: singleLineText('text').trim().min(1, 'text').max(LIVE_MESSAGE_MAX, 'text'),
    lang: z.enum(LOCALE_CODES as [LocaleCode, ...LocaleCode[]], 'lang'),
  }),
  z.strictObject({ action: z.literal('position'), lat: latitude, lng: longitude }),
  z.strictObject({ action: z.literal('hidePosition') }),
], 'action')

export type LiveAction = z.infer<typeof liveActionSchema>
