import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterEach, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { stopFactsSchema } from '../../../shared/schemas/content'
import { stopPhotoSchema } from '../../../shared/schemas/stopPhoto'
import { publishedPhotoView } from '../../../shared/utils/photoView'
import { planPhotoFiles, withPhoto } from '../../../server/studio/photoFiles'
import { encodeStopPhoto, publishedWidths } from '../../../server/studio/stopPhotoUpload'
import type { Workspace } from '../../../server/studio/workspace'
import { photoFacts, photoWithGps } from '../../support/photos'

const SLUG = 'yu-lane-garden'
const credit = { author: 'Lin Mei', licence: 'CC-BY-4.0' as const }
const folders: string[] = []
afterEach(() => folders.splice(0).forEach(folder => rmSync(folder, { recursive: true, force: true })))

/** A workspace holding the real facts file of one stop, with or without a published photo. */
function workspaceWith(facts: string): Workspace {
  const root = mkdtempSync(join(tmpdir(), 'citywalk-photo-'))
  folders.push(root)
  mkdirSync(join(root, 'content', 'stops'), { recursive: true })
  writeFileSync(join(root, 'content', 'stops', `${SLUG}.yml`), facts)
  return { root, publishLog: join(root, 'publish.log'), publishCommand: '', remote: null }
}

describe('a stop photo as published', () => {
  it('is served at each standard width it can fill, or at its own when it fills none', () => {
    expect(publishedWidths(2048)).toEqual([480, 960, 1440])
    expect(publishedWidths(1000)).toEqual([480, 960])
    expect(publishedWidths(420)).toEqual([420])
  })

  it('is AVIF and WebP at each width, without the camera\'s metadata, named by its content', async () => {
    const stored = await sharp(await photoWithGps(2048, 1365)).jpeg({ quality: 90 }).toBuffer()
    const published = await encodeStopPhoto(SLUG, stored, credit)
    expect(stopPhotoSchema.parse(published.facts)).toMatchObject({ width: 2048, height: 1365, widths: [480, 960, 1440], ...credit })
    expect([...published.files.keys()].sort()).toEqual([480, 960, 1440]
      .flatMap(w => [`public/photos/${SLUG}/${published.facts.id}-${w}.avif`, `public/photos/${SLUG}/${published.facts.id}-${w}.webp`]).sort())
    for (const [path, bytes] of published.files) {
      const facts = await photoFacts(bytes)
      expect(facts.format).toBe(path.endsWith('.avif') ? 'heif' : 'webp')
      expect(facts.width).toBe(Number(/-(\d+)\./.exec(path)![1]))
      expect(facts.metadata.filter(kind => kind !== 'icc')).toEqual([])
      expect(facts.secretsInBytes).toBe(false)
    }
    expect(published.facts.offlineBytes).toBe(published.files.get(`public/photos/${SLUG}/${published.facts.id}-960.webp`)!.length)
    // The 960 px WebP a walk download stores is far smaller than a narration track.
    expect(published.facts.offlineBytes).toBeLessThan(200_000)
  })

  it('is named in the facts file on one line, the file otherwise as it was, and passes the content schema', async () => {
    const original = readFileSync(`content/stops/${SLUG}.yml`, 'utf8')
    const stored = await sharp(await photoWithGps(1200, 900)).jpeg().toBuffer()
    const { facts } = await encodeStopPhoto(SLUG, stored, credit)
    const written = withPhoto(original, facts)
    expect(written.split('\n').filter(line => line.startsWith('photo:'))).toHaveLength(1)
    expect(written).toContain('# Position unknown')
    expect(written.replace(/^photo:.*\n/m, '')).toBe(original)
    expect(stopFactsSchema.parse(parseYaml(written)).photo).toEqual(facts)
  })

  it('replaces the files of the photo before it, and keeps the other changes planned for the facts file', async () => {
    const original = readFileSync(`content/stops/${SLUG}.yml`, 'utf8')
    const first = await encodeStopPhoto(SLUG, await sharp(await photoWithGps(1200, 900, '#336')).jpeg().toBuffer(), credit)
    const workspace = workspaceWith(withPhoto(original, first.facts))
    for (const [path, bytes] of first.files) {
      mkdirSync(join(workspace.root, 'public', 'photos', SLUG), { recursive: true })
      writeFileSync(join(workspace.root, path), bytes)
    }
    const moved = withPhoto(original, first.facts).replace(/^position:.*$/m, 'position: { lat: 31.2225, lng: 121.4226, accuracyM: 20 }')
    const planned = [{ path: `content/stops/${SLUG}.yml`, before: null, after: Buffer.from(moved) }]
    const second = await sharp(await photoWithGps(1200, 900, '#c33')).jpeg().toBuffer()
    const files = await planPhotoFiles(workspace, SLUG, second, { author: 'Ana Ruiz', licence: 'CC0-1.0' }, planned)

    const facts = files.find(file => file.path === `content/stops/${SLUG}.yml`)!
    const after = stopFactsSchema.parse(parseYaml(facts.after!.toString('utf8')))
    expect(after.position).toEqual({ lat: 31.2225, lng: 121.4226, accuracyM: 20 })
    expect(after.photo).toMatchObject({ author: 'Ana Ruiz', licence: 'CC0-1.0', widths: [480, 960] })
    expect(after.photo!.id).not.toBe(first.facts.id)
    const removed = files.filter(file => file.after === null).map(file => file.path).sort()
    expect(removed).toEqual([...first.files.keys()].sort())
    expect(files.filter(file => file.after !== null && file.path.startsWith('public/'))).toHaveLength(4)
  })

  it('is shown with AVIF and WebP sources, the offline WebP as fallback, and its credit', async () => {
    const view = publishedPhotoView(SLUG, { id: '0123456789ab', width: 2048, height: 1365, widths: [480, 960, 1440], offlineBytes: 1, ...credit })
    expect(view.src).toBe(`/photos/${SLUG}/0123456789ab-960.webp`)
    expect(view.sources).toEqual([
      { type: 'image/avif', srcset: `/photos/${SLUG}/0123456789ab-480.avif 480w, /photos/${SLUG}/0123456789ab-960.avif 960w, /photos/${SLUG}/0123456789ab-1440.avif 1440w` },
      { type: 'image/webp', srcset: `/photos/${SLUG}/0123456789ab-480.webp 480w, /photos/${SLUG}/0123456789ab-960.webp 960w, /photos/${SLUG}/0123456789ab-1440.webp 1440w` },
    ])
    expect(view).toMatchObject({ author: 'Lin Mei', licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } })
  })
})
