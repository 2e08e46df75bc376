import type { Narration, StopFacts, StopText, WalkFacts, WalkText } from '../../../shared/schemas/content'
import type { DataFile, TextFile } from './contentTree'

/** A file that matched its schema, with its typed value. */
export interface Parsed<Value, Source = DataFile> {
  source: Source
  value: Value
}

export interface ParsedContent {
  stopFacts: Parsed<StopFacts>[]
  walkFacts: Parsed<WalkFacts>[]
  stopTexts: Parsed<StopText, TextFile>[]
  walkTexts: Parsed<WalkText, TextFile>[]
  narrations: Parsed<Narration>[]
}
