import { PHOTO_LICENCES, offlineWidth, photoPath, type PhotoCredit, type StopPhoto } from '../schemas/stopPhoto'

/** A photo as pages show it: the files to choose from, its shape (so the page does not jump) and its credit. */
export interface PhotoView {
  src: string
  sources: { type: string, srcset: string }[]
  width: number
  height: number
  author: string
  licence: { name: string, url: string }
}

export const creditView = (credit: PhotoCredit) => ({ author: credit.author, licence: { ...PHOTO_LICENCES[credit.licence] } })

/** A published stop photo: AVIF then WebP at each width, and the width a walk download stores as the fallback. */
export function publishedPhotoView(slug: string, photo: StopPhoto): PhotoView {
  const srcset = (format: 'avif' | 'webp') => photo.widths.map(width => `${photoPath(slug, photo, width, format)} ${width}w`).join(', ')
  return {
    src: photoPath(slug, photo, offlineWidth(photo), 'webp'),
    sources: [{ type: 'image/avif', srcset: srcset('avif') }, { type: 'image/webp', srcset: srcset('webp') }],
    width: photo.width,
    height: photo.height,
    ...creditView(photo),
  }
}
