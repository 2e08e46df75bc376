import type { LiveChange } from '../../../../../../shared/types/live'
import { liveActionSchema, type LiveAction } from '../../../../../../shared/schemas/live'

function toChange(action: LiveAction): LiveChange {
  switch (action.action) {
    case 'start': return { kind: 'status', status: 'live' }
    case 'end': return { kind: 'status', status: 'ended' }
    case 'goTo': return { kind: 'stop', stopIndex: action.stopIndex }
    case 'preset': return { kind: 'message', message: { preset: action.preset } }
    case 'message': return { kind: 'message', message: { text: action.text, lang: action.lang } }
    case 'position': return { kind: 'position', position: { lat: action.lat, lng: action.lng } }
    case 'hidePosition': return { kind: 'position', position: null }
  }
}

/** A guide leads the live walk: starts and ends it, moves the group to a stop, sends a message, shares where they are. */
export default defineEventHandler(async (event) => {
  const { id } = await routeParams(event, idParamSchema)
  const parsed = liveActionSchema.safeParse(await readBody(event))
  if (!parsed.success) throw invalidInput(parsed.error)
  const { database } = await requireCheckInOpen(event, id)
  const seq = await publishLiveChange(database, id, toChange(parsed.data))
  return { seq }
})
