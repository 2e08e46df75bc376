import { isDeepStrictEqual } from 'node:util'
import { isMap, isScalar, isSeq, parseDocument, visit, type Document } from 'yaml'
import { SITE_VISIT, SITE_VISIT_SOURCE, type Practical, type PracticalEdit } from '../../shared/schemas/content'

type Claim = { asOf?: string, source?: number | typeof SITE_VISIT }
const claimsOf = (practical: PracticalEdit): Claim[] => [practical.visiting, practical.hours, practical.admission].filter(claim => claim !== undefined)

/** The date of the newest visit a claim cites, or null when no claim cites a visit. */
export function visitDate(practical: PracticalEdit): string | null {
  const dates = claimsOf(practical).filter(claim => claim.source === SITE_VISIT).map(claim => claim.asOf ?? '')
  return dates.length ? dates.sort().at(-1)! : null
}

/**
 * A stop's facts file with its practical block replaced, the rest (comments, layout, the other keys)
 * kept; a claim citing the volunteer's visit cites a source added for it. Unchanged when nothing differs.
 */
export function withPractical(factsYaml: string, edit: PracticalEdit): string {
  const document = parseDocument(factsYaml)
  const sources = document.get('sources')
  if (!isSeq(sources)) return factsYaml
  const practical = structuredClone(edit) as Practical & { visiting: Claim, hours?: Claim, admission?: Claim }
  const date = visitDate(edit)
  if (date !== null) {
    const index = sources.items.length
    sources.add(flow(document, { ...SITE_VISIT_SOURCE, date }))
    for (const claim of claimsOf(practical)) if (claim.source === SITE_VISIT) claim.source = index
  }
  if (date === null && isDeepStrictEqual((document.toJS() as { practical?: unknown }).practical, practical)) return factsYaml
  document.set('practical', practicalNode(document, practical))
  return document.toString({ lineWidth: 0 })
}

/** The block in the layout the hand-written files use: one line per claim and per period. */
function practicalNode(document: Document, practical: Practical) {
  const node = document.createNode(practical)
  if (!isMap(node)) return node
  // Quoted as the hand-written files are: a YAML 1.1 reader takes 09:00 for a number of minutes.
  visit(node, { Scalar: (key, scalar) => {
    if (key !== 'key' && isScalar(scalar) && typeof scalar.value === 'string' && scalar.value !== 'visit' && !/^[a-z]/i.test(scalar.value)) scalar.type = 'QUOTE_DOUBLE'
  } })
  for (const key of ['visiting', 'admission']) {
    const claim = node.get(key, true)
    if (isMap(claim)) claim.flow = true
  }
  const periods = (node.getIn(['hours', 'periods'], true))
  if (isSeq(periods)) {
    for (const period of periods.items) {
      if (isMap(period)) {
        period.flow = true
        const days = period.get('days', true)
        if (isSeq(days)) days.flow = true
      }
    }
  }
  return node
}

function flow(document: Document, value: object) {
  const node = document.createNode(value)
  if (isMap(node)) node.flow = true
  visit(node, { Scalar: (_, scalar) => {
    if (isScalar(scalar) && typeof scalar.value === 'string' && /^[\d-]+$/.test(scalar.value)) scalar.type = 'QUOTE_DOUBLE'
  } })
  return node
}
