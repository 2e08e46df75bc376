import sharp from 'sharp'
import { PHOTO_UPLOAD } from '../../shared/schemas/reflection'
import type { StoredPhoto } from '../db/reflectionStore'

const PNG = Buffer.from([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])

/** What a file's first bytes say it is, whatever its name or Content-Type claim. */
function sniffedType(bytes: Buffer): string | null {
  if (bytes.length >= 3 && bytes[0] === 0xFF && bytes[1] === 0xD8 && bytes[2] === 0xFF) return 'image/jpeg'
  if (bytes.subarray(0, 8).equals(PNG)) return 'image/png'
  if (bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp'
  return null
}

/**
 * A photo as stored: decoded and drawn again as a JPEG of at most `longest` px a side (1600 unless said), turned upright, in
 * sRGB, with nothing else kept — no EXIF (where and when it was taken, the camera), no GPS, no XMP, no
 * comment, nothing appended after the picture. Refused (415/413/422) unless it is the JPEG, PNG or WebP
 * it says it is and decodes whole.
 */
export async function preparePhoto(bytes: Buffer, declaredType: string | undefined, { longest = PHOTO_UPLOAD.longestSide, quality = 80, maxPixels = PHOTO_UPLOAD.maxPixels }: { longest?: number, quality?: number, maxPixels?: number } = {}): Promise<StoredPhoto> {
  if (sniffedType(bytes) === null || sniffedType(bytes) !== declaredType) throw apiError(415, 'photoInvalid')
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: maxPixels, failOn: 'warning', animated: false })
      .rotate()
      .resize({ width: longest, height: longest, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality, mozjpeg: true })
      .toBuffer({ resolveWithObject: true })
    return { bytes: data, width: info.width, height: info.height }
  }
  catch (error) {
    if (/pixel limit/i.test((error as Error).message)) throw apiError(413, 'photoTooLarge')
    throw apiError(422, 'photoInvalid')
  }
}
