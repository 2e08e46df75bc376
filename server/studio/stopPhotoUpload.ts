import { createHash } from 'node:crypto'
import sharp from 'sharp'
import { PHOTO_WIDTHS, STOP_PHOTO_UPLOAD, offlineWidth, photoPath, type PhotoCredit, type StopPhoto } from '../../shared/schemas/stopPhoto'
import type { StoredPhoto } from '../db/reflectionStore'

/**
 * A stop photo made ready for review: upright, sRGB, at most 2048 px a side, as a JPEG with nothing
 * else kept (no EXIF, GPS, XMP or comment). Refused when it is not the image it claims to be, or too
 * small to recognise a building by.
 */
export async function prepareStopPhoto(bytes: Buffer, declaredType: string | undefined): Promise<StoredPhoto> {
  const photo = await preparePhoto(bytes, declaredType, { longest: STOP_PHOTO_UPLOAD.longestSide, quality: 90, maxPixels: STOP_PHOTO_UPLOAD.maxPixels })
  if (Math.max(photo.width, photo.height) < STOP_PHOTO_UPLOAD.minLongestSide) throw apiError(422, 'photoTooSmall')
  return photo
}

/** The widths a photo is published at: each of PHOTO_WIDTHS it can fill, or its own width when it fills none. */
export function publishedWidths(width: number): number[] {
  const fitting = PHOTO_WIDTHS.filter(w => w <= width)
  return fitting.length ? fitting : [width]
}

export interface PublishedPhoto {
  /** As written in the stop's facts file. */
  facts: StopPhoto
  /** Path under `public/` → file. */
  files: Map<string, Buffer>
}

/** The reviewed photo as published: AVIF and WebP at each width, named by its content. */
export async function encodeStopPhoto(slug: string, stored: Buffer, credit: PhotoCredit): Promise<PublishedPhoto> {
  const { width, height } = await sharp(stored).metadata()
  const id = createHash('sha256').update(stored).digest('hex').slice(0, 12)
  const widths = publishedWidths(width)
  const files = new Map<string, Buffer>()
  for (const w of widths) {
    const resized = sharp(stored).resize({ width: w, withoutEnlargement: true })
    files.set(`public${photoPath(slug, { id }, w, 'avif')}`, await resized.clone().avif({ quality: 50, effort: 4 }).toBuffer())
    files.set(`public${photoPath(slug, { id }, w, 'webp')}`, await resized.clone().webp({ quality: 72 }).toBuffer())
  }
  const offlineBytes = files.get(`public${photoPath(slug, { id }, offlineWidth({ widths }), 'webp')}`)!.length
  return { facts: { id, width, height, widths, offlineBytes, author: credit.author, licence: credit.licence }, files }
}
