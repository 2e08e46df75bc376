import type { LiveState } from '#shared/types/live'
import type { LiveConnection } from './useLiveWalk'

const FOLLOWING_KEY = 'citywalk:following'

export interface Following { token: string, eventId: string }

/**
 * Which group walk this phone follows live, kept across pages and reloads. The connection itself is
 * held by <LiveFollowBar> in the layout, so it lasts while the student moves between stop pages; the
 * bar puts what it hears here for the live page to show.
 */
export function useLiveFollow() {
  const following = useState<Following | null>('live-following', () => null)
  const state = useState<LiveState | null>('live-state', () => null)
  const connection = useState<LiveConnection>('live-connection', () => 'connecting')
  const autoFollow = useState('live-auto-follow', () => true)

  function restore() {
    try {
      following.value ??= JSON.parse(localStorage.getItem(FOLLOWING_KEY) ?? 'null') as Following | null
    }
    catch {
      following.value = null
    }
  }

  function follow(next: Following) {
    following.value = next
    localStorage.setItem(FOLLOWING_KEY, JSON.stringify(next))
  }

  function unfollow() {
    following.value = null
    state.value = null
    localStorage.removeItem(FOLLOWING_KEY)
  }

  return { following, state, connection, autoFollow, restore, follow, unfollow }
}

/** Where a follower keeps the live walk of one sign-up (see useLiveWalk). */
export const liveStorageKey = (token: string) => `citywalk:live:${token}`
