import type { PhotoView } from '../utils/photoView'
import type { Narration, Position, Practical, Source, Station, WalkNote } from '../schemas/content'
import type { Leg } from '../utils/walking'
import type { LocaleCode } from '../../i18n/registry'

/** A piece of prose in the asked-for language, or in English with `translated: false`. */
export interface Localised {
  /** Language the text is actually in. */
  lang: LocaleCode
  translated: boolean
}

/** What the player needs of a narration: the audio files, their length and the transcript cues. */
/** `outdated`: the text changed after this computer-made track was made; it is being made anew. */
export type NarrationView = Pick<Narration, 'kind' | 'durationS' | 'cues' | 'sources'> & { outdated: boolean }

export interface WalkSummary extends Localised {
  slug: string
  title: string
  summary: string
  stopCount: number
  distanceM: number
  durationMin: number
  /** Locales in which the walk and every one of its stops have a text. */
  languages: LocaleCode[]
}

export interface StationView extends Station {
  label: string
}

export interface WalkStopView extends Localised {
  slug: string
  number: number
  title: string
  summary: string
  nameZh: string
  position: Position
  approximate: boolean
  /** Narration in the language shown, if there is one. */
  narration: NarrationView | null
  /** Walking estimate to the next stop, or to the end station after the last stop. */
  legToNext: Leg
}

export interface WalkDetail extends WalkSummary {
  body: unknown
  /** Set when this translation was made from an older version of its source: the source's language. */
  sourceChanged: LocaleCode | null
  start: StationView
  end: StationView
  /** Warnings for the whole walk, shown under "Before you go". */
  notes: WalkNote[]
  legFromStart: Leg
  stops: WalkStopView[]
  /** The walk's spoken introduction (its description read aloud) in the language shown, if there is one. */
  narration: NarrationView | null
  /** Points to draw the route line through, in order, WGS-84. */
  line: [number, number][]
}

export interface StopNeighbour extends Localised {
  slug: string
  title: string
  leg: Leg
  narration: NarrationView | null
}

/** A claim of the stop's practical facts with its source named, ready to show. */
/** A claim with its source named, or `onSite` when a volunteer checked it there (the date is `asOf`). */
type Sourced<Claim> = Omit<Claim, 'source'> & { source: string | null, onSite: boolean }

/** What a student needs on the pavement: can they go in, when, for how much, and the nearest metro. */
export interface PracticalView {
  visiting: Sourced<Practical['visiting']>
  residential: boolean
  hours: Sourced<NonNullable<Practical['hours']>> | null
  admission: Sourced<NonNullable<Practical['admission']>> | null
  /** The nearer of the walk's two stations, with the walking estimate from it. */
  metro: { label: string, minutes: number }
}

export interface StopDetail extends Localised {
  slug: string
  title: string
  summary: string
  address: string
  accessNotes: string
  /** Questions to think over at the stop, in the text's language; often none. */
  questions: string[]
  accessCheckOnSite: boolean
  practical: PracticalView
  nameZh: string
  addressZh: string
  position: Position
  approximate: boolean
  sources: Source[]
  /** A volunteer's photo of the site, with its credit; null until one is published. */
  photo: PhotoView | null
  narration: NarrationView | null
  body: unknown
  /** Set when this translation was made from an older version of its source: the source's language. */
  sourceChanged: LocaleCode | null
  walk: { slug: string, title: string, number: number, stopCount: number }
  previous: StopNeighbour | null
  next: StopNeighbour | null
}

/** A walk's printable sheet (`/api/walks/<slug>/sheet`). */
export interface WalkSheet {
  walk: Pick<WalkDetail, 'slug' | 'title' | 'summary' | 'lang' | 'translated' | 'start' | 'end' | 'distanceM' | 'durationMin' | 'notes'>
  stops: (Pick<StopDetail, 'slug' | 'title' | 'lang' | 'address' | 'nameZh' | 'addressZh' | 'accessCheckOnSite' | 'practical'> & { number: number })[]
  /** The walk's public address in the sheet's language, and its QR code (an <svg> made by the qrcode library); null with no public origin. */
  link: string | null
  svg: string | null
}

export interface StopQrCode extends Pick<WalkStopView, 'slug' | 'number' | 'title' | 'lang' | 'nameZh'> {
  link: string
  /** A complete <svg> element made by the qrcode library from the link. */
  svg: string
}
