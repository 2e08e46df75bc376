import type { LiveState, LiveUpdate } from '#shared/types/live'

/** Messages a phone keeps of a live walk (the server sends at most 50 on joining). */
const MESSAGES_KEPT = 50

/** The live state after one update; an update seen before changes nothing. */
export function applyLiveUpdate(state: LiveState, update: LiveUpdate): LiveState {
  switch (update.kind) {
    case 'status':
      return { ...state, status: update.status, position: update.status === 'ended' ? null : state.position }
    case 'stop':
      return { ...state, stopIndex: update.stopIndex }
    case 'position':
      return { ...state, position: update.position }
    case 'message':
      if (state.messages.some(message => message.seq === update.message.seq)) return state
      return { ...state, messages: [...state.messages, update.message].slice(-MESSAGES_KEPT) }
  }
}

export interface SavedLiveWalk { seq: number, state: LiveState }

export function readSavedLiveWalk(key: string): SavedLiveWalk | null {
  try {
    const saved = JSON.parse(localStorage.getItem(key) ?? 'null') as SavedLiveWalk | null
    return saved && typeof saved.seq === 'number' && saved.state ? saved : null
  }
  catch {
    return null
  }
}

export function saveLiveWalk(key: string, saved: SavedLiveWalk | null) {
  try {
    if (saved) localStorage.setItem(key, JSON.stringify(saved))
    else localStorage.removeItem(key)
  }
  catch {
    // A full or refused storage only loses the copy for a reload.
  }
}
