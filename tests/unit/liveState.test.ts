import { describe, expect, it } from 'vitest'
import { applyLiveUpdate } from '../../utils/liveState'
import type { LiveState } from '../../shared/types/live'

const waiting: LiveState = { status: 'waiting', stopIndex: null, position: null, messages: [] }
const position = { lat: 31.22, lng: 121.43, at: '2026-12-20T01:05:00.000Z' }

describe('a phone\'s live state, update by update', () => {
  it('follows the walk from its start to its end', () => {
    let state = applyLiveUpdate(waiting, { seq: 1, kind: 'status', status: 'live' })
    state = applyLiveUpdate(state, { seq: 2, kind: 'stop', stopIndex: 0 })
    state = applyLiveUpdate(state, { seq: 3, kind: 'position', position })
    state = applyLiveUpdate(state, { seq: 4, kind: 'message', message: { seq: 4, at: position.at, preset: 'toiletsHere' } })
    expect(state).toEqual({ status: 'live', stopIndex: 0, position, messages: [{ seq: 4, at: position.at, preset: 'toiletsHere' }] })
    // The end hides the guide's position.
    expect(applyLiveUpdate(state, { seq: 5, kind: 'status', status: 'ended' })).toEqual({ ...state, status: 'ended', position: null })
    expect(applyLiveUpdate(state, { seq: 5, kind: 'position', position: null }).position).toBeNull()
  })

  it('shows a message heard twice (a replay after a reconnect) once', () => {
    const message = { seq: 7, at: position.at, text: 'Water at the gate.', lang: 'en' as const }
    const once = applyLiveUpdate(waiting, { seq: 7, kind: 'message', message })
    expect(applyLiveUpdate(once, { seq: 7, kind: 'message', message })).toBe(once)
  })

  it('keeps the newest 50 messages', () => {
    let state = waiting
    for (let seq = 1; seq <= 55; seq++) state = applyLiveUpdate(state, { seq, kind: 'message', message: { seq, at: position.at, preset: 'questions' } })
    expect(state.messages.map(message => message.seq)).toEqual(Array.from({ length: 50 }, (_, n) => n + 6))
  })
})
