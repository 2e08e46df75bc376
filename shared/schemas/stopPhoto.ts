import { z } from 'zod'
import { NAME_TEXT } from './signup'
import { singleLineText } from './text'

/** Licences a volunteer may publish their own photo under: each lets the app and anyone show it with credit. */
export const PHOTO_LICENCES = {
  'CC-BY-4.0': { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  'CC-BY-SA-4.0': { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  'CC0-1.0': { name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
} as const
export type PhotoLicence = keyof typeof PHOTO_LICENCES
export const PHOTO_LICENCE_CODES = Object.keys(PHOTO_LICENCES) as [PhotoLicence, ...PhotoLicence[]]

/** The widths a published stop photo is served at, each as AVIF and WebP; none wider than the photo. */
export const PHOTO_WIDTHS = [480, 960, 1440] as const
/** The width a walk download stores: sharp on a phone held upright, a tenth of a narration's size. */
export const OFFLINE_PHOTO_WIDTH = 960

/** A stop photo as a volunteer sends it from the studio: straight from a phone's camera. */
export const STOP_PHOTO_UPLOAD = {
  maxBytes: 16 * 1024 * 1024,
  types: ['image/jpeg', 'image/png', 'image/webp'] as const,
  /** A 48-megapixel phone camera's photo fits; larger pictures are refused unread. */
  maxPixels: 60_000_000,
  /** Kept for review at this longest side, re-encoded without metadata: room for the widest published width. */
  longestSide: 2048,
  /** Smaller than this, a photo is too small to recognise a building by on a phone. */
  minLongestSide: 800,
} as const

/** Who took a photo and under which licence it is published: shown under the photo wherever it appears. */
export const photoCreditSchema = z.strictObject({
  /** A person's name as the sign-up form takes it: no markup, nothing that could break the facts file. */
  author: singleLineText().trim().min(2).max(80).regex(NAME_TEXT),
  licence: z.enum(PHOTO_LICENCE_CODES),
})
export type PhotoCredit = z.infer<typeof photoCreditSchema>

/** The query of a photo upload: its credit, and the volunteer's word that they took it (`own=yes`). */
export const photoUploadQuerySchema = photoCreditSchema.extend({ own: z.literal('yes') })

/**
 * A stop's published photo, in its facts file: `public/photos/<slug>/<id>-<width>.<avif|webp>` for each
 * of `widths`. `id` is the start of the picture's SHA-256, so a replaced photo never comes from a cache.
 */
export const stopPhotoSchema = photoCreditSchema.extend({
  id: z.string().regex(/^[0-9a-f]{12}$/),
  width: z.number().int().min(320).max(4096),
  height: z.number().int().min(240).max(4096),
  widths: z.array(z.number().int().positive()).min(1).max(PHOTO_WIDTHS.length),
  /** Size of the WebP a walk download stores, for the size it announces. */
  offlineBytes: z.number().int().positive(),
})
export type StopPhoto = z.infer<typeof stopPhotoSchema>

/** The width a walk download stores for this photo: the offline width, or the widest there is when the photo is smaller. */
export const offlineWidth = (photo: Pick<StopPhoto, 'widths'>) => photo.widths.includes(OFFLINE_PHOTO_WIDTH) ? OFFLINE_PHOTO_WIDTH : photo.widths.at(-1)!

export const photoPath = (slug: string, photo: Pick<StopPhoto, 'id'>, width: number, format: 'avif' | 'webp') =>
  `/photos/${slug}/${photo.id}-${width}.${format}`
