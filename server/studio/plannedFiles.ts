import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseDocument, parse as parseYaml } from 'yaml'
import { audioDurationS } from '../../scripts/lib/contentCheck/narration'
import { encodeNarrationInBackground } from '../../scripts/lib/encodeNarration'
import { sourceHash } from '../../scripts/lib/sourceHash'
import { isOriginalLocale, translatedFromSchema } from '../../shared/schemas/content'
import type { PlannedFile } from './fileChanges'
import type { SubmissionRow } from './submissionStore'
import { composeTextFile, parseTextFile, readFrontMatter, withPosition, yamlText } from './textFile'
import { readWorkspaceFile, workspacePaths, type Workspace } from './workspace'
import { withPractical } from './practicalFile'
import { planNewStopFiles } from './newStopFiles'
import { planNewWalkFiles } from './newWalkFiles'

type Planned = Pick<SubmissionRow, 'kind' | 'slug' | 'locale' | 'fields' | 'body' | 'position'> & Partial<Pick<SubmissionRow, 'practical' | 'audioFile' | 'photo' | 'newStop' | 'newWalk'>>

const buffer = (text: string | null) => text === null ? null : Buffer.from(text, 'utf8')

/** The language a translation is made from: the one it names already, else English. Null for originals. */
export function sourceLocaleOf(published: string | null, locale: string): 'en' | 'zh' | null {
  if (isOriginalLocale(locale)) return null
  const named = published === null ? undefined : translatedFromSchema.safeParse(readFrontMatter(published).translatedFrom).data
  return named?.locale ?? 'en'
}

/**
 * The text file (and, for a stop with a new position, its facts file) as approval would write them.
 * A translation records the version of its source it was made from, which makes it up to date.
 */
export function planTextFiles(workspace: Workspace, row: Planned): PlannedFile[] {
  const textPath = workspacePaths.text(row.kind, row.locale, row.slug)
  const published = readWorkspaceFile(workspace, textPath)
  const sourceLocale = sourceLocaleOf(published, row.locale)
  const source = sourceLocale ? readWorkspaceFile(workspace, workspacePaths.text(row.kind, sourceLocale, row.slug)) : null
  const translatedFrom = sourceLocale && source !== null ? { locale: sourceLocale, hash: sourceHash(source) } : null
  // A correction of the stop's facts alone does not make its translation "up to date"; resubmitting an
  // unchanged text on its own still does (the translator checked it against the new source).
  const keptFrom = published === null ? null : translatedFromSchema.safeParse(readFrontMatter(published).translatedFrom).data ?? null
  const factsOnly = row.kind === 'stop' && Boolean(row.position || row.practical || row.photo)
  const untouched = factsOnly && published !== null && composeTextFile(published, row.fields, keptFrom, row.body) === published
  const files: PlannedFile[] = [{ path: textPath, before: buffer(published), after: buffer(untouched ? published : composeTextFile(published, row.fields, translatedFrom, row.body)) }]

  const narration = outdatedNarration(workspace, row, published, files[0]!.after!.toString('utf8'))
  if (narration) files.push(narration)

  if (row.kind === 'walk' && row.newWalk) files.push(...planNewWalkFiles(workspace, row.newWalk))
  if (row.kind === 'stop' && row.newStop) files.push(...planNewStopFiles(workspace, row.newStop, row.position))
  else if (row.kind === 'stop' && (row.position || row.practical)) {
    const factsPath = workspacePaths.facts('stop', row.slug)
    const facts = readWorkspaceFile(workspace, factsPath)
    if (facts !== null) {
      const moved = row.position ? withPosition(facts, row.position) : facts
      files.push({ path: factsPath, before: buffer(facts), after: buffer(row.practical ? withPractical(moved, row.practical) : moved) })
    }
  }
  return files
}

/**
 * A computer-made narration whose words the approved text changes (its title or body: what is read
 * aloud), marked `stale: true` so readers and the status page know a new one is coming; `npm run
 * narration` makes it anew. Null when nothing spoken changed, there is no such track, or the
 * submission brings its own recording.
 */
function outdatedNarration(workspace: Workspace, row: Planned, published: string | null, composed: string): PlannedFile | null {
  if (row.audioFile || published === null) return null
  const before = parseTextFile(published, row.locale)
  const after = parseTextFile(composed, row.locale)
  if (before.fields.title === after.fields.title && before.body.trim() === after.body.trim()) return null
  const path = workspacePaths.narration(row.locale, row.slug)
  const yaml = readWorkspaceFile(workspace, path)
  if (yaml === null) return null
  const document = parseDocument(yaml)
  if (document.get('kind') !== 'synthesised' || document.get('stale') === true) return null
  document.set('stale', true)
  return { path, before: buffer(yaml), after: buffer(document.toString({ lineWidth: 0 })) }
}

/**
 * The recording, encoded as the Opus and MP3 files every narration is served in, its description in
 * `content/narration/`, and the deletion of the narration files it replaces.
 */
export async function planNarrationFiles(workspace: Workspace, row: Planned, recording: Buffer): Promise<PlannedFile[]> {
  if (row.kind !== 'stop') return []
  const work = mkdtempSync(join(tmpdir(), 'citywalk-recording-'))
  try {
    writeFileSync(join(work, 'recording.wav'), recording)
    const bytes = await encodeNarrationInBackground(join(work, 'recording.wav'), join(work, 'narration'))
    const durationS = await audioDurationS(join(work, 'narration.opus'), 'audio/ogg')
    if (!durationS) throw new Error('the encoded recording has no duration')
    const audio = {
      opus: { path: workspacePaths.audio(row.locale, row.slug, 'opus'), type: 'audio/ogg; codecs=opus', bytes: bytes.opus },
      mp3: { path: workspacePaths.audio(row.locale, row.slug, 'mp3'), type: 'audio/mpeg', bytes: bytes.mp3 },
    }
    const narrationPath = workspacePaths.narration(row.locale, row.slug)
    const previous = readWorkspaceFile(workspace, narrationPath)
    const description = {
      kind: 'recorded',
      durationS: Math.round(durationS * 100) / 100,
      // A recording's blocks are not timed, so the transcript does not follow it block by block.
      cues: [0],
      sources: Object.values(audio).map(({ path, type, bytes }) => ({ src: `/${path.replace(/^public\//, '')}`, type, bytes })),
    }
    const written = new Set(Object.values(audio).map(a => a.path))
    const replaced = ((previous ? parseYaml(previous) as { sources?: { src?: string }[] } : null)?.sources ?? [])
      .map(s => `public${s.src}`).filter(path => !written.has(path))
    return [
      { path: narrationPath, before: buffer(previous), after: buffer(`# Recorded in the studio.\n${yamlText(description)}`) },
      ...Object.values(audio).map(({ path }) => ({ path, before: readFileOrNull(workspace, path), after: readFileSync(join(work, `narration.${path.split('.').pop()}`)) })),
      ...replaced.map(path => ({ path, before: readFileOrNull(workspace, path), after: null })),
    ]
  }
  finally {
    rmSync(work, { recursive: true, force: true })
  }
}

function readFileOrNull(workspace: Workspace, path: string): Buffer | null {
  try {
    return readFileSync(join(workspace.root, path))
  }
  catch {
    return null
  }
}
