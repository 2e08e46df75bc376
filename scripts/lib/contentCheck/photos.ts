import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { offlineWidth, photoPath } from '../../../shared/schemas/stopPhoto'
import type { ParsedContent } from './parsed'
import { error, warning, type Problem } from './problem'

/**
 * Each stop photo a facts file names exists in every width and format, the download's WebP has the size
 * the file says; photo files no facts file names are reported (left behind by a replaced photo).
 */
export function checkPhotos(parsed: ParsedContent, publicDir: string): Problem[] {
  const problems: Problem[] = []
  const named = new Set<string>()
  for (const { source, value } of parsed.stopFacts) {
    const photo = value.photo
    if (!photo) continue
    const line = source.yaml.lineOf(['photo'])
    for (const width of photo.widths) {
      for (const format of ['avif', 'webp'] as const) {
        const path = photoPath(source.slug, photo, width, format)
        named.add(path)
        if (!existsSync(join(publicDir, path))) problems.push(error(source.file, line, `photo file public${path} is missing`))
      }
    }
    const offline = join(publicDir, photoPath(source.slug, photo, offlineWidth(photo), 'webp'))
    if (existsSync(offline) && statSync(offline).size !== photo.offlineBytes) {
      problems.push(error(source.file, line, `photo.offlineBytes is ${photo.offlineBytes}, but the file has ${statSync(offline).size} bytes`))
    }
  }
  const photosDir = join(publicDir, 'photos')
  if (!existsSync(photosDir)) return problems
  for (const slug of readdirSync(photosDir)) {
    for (const file of readdirSync(join(photosDir, slug))) {
      const path = `/photos/${slug}/${file}`
      if (!named.has(path)) problems.push(warning(`public${path}`, 1, 'no stop names this photo file: remove it'))
    }
  }
  return problems
}
