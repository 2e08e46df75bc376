import type { LiveMessage, LiveState, LiveUpdate } from '#shared/types/live'
import { applyLiveUpdate, readSavedLiveWalk, saveLiveWalk } from '~/utils/liveState'

export type LiveConnection = 'connecting' | 'open' | 'refused'

/**
 * A live walk as Server-Sent Events from `url`, kept on this phone (`storageKey`) so a reload, a locked
 * screen or a lost signal resumes from the last update it had: the browser sends Last-Event-ID when it
 * reconnects by itself, and after a reload the saved sequence number goes as `?after=`.
 * Call `connect` in the browser; the connection closes with the component that opened it.
 */
export function useLiveWalk(url: () => string, storageKey: () => string) {
  const state = ref<LiveState | null>(null)
  const connection = ref<LiveConnection>('connecting')
  /** The newest message that arrived while connected (not one caught up from before), for a banner. */
  const arrived = ref<LiveMessage | null>(null)
  /** Bumped when the guide moves the group during this visit, so a page can follow. */
  const moved = ref(0)
  let seq = 0
  let source: EventSource | null = null
  let retry: ReturnType<typeof setTimeout> | null = null

  function keep() {
    if (state.value) saveLiveWalk(storageKey(), { seq, state: state.value })
  }

  function onUpdate(event: MessageEvent<string>) {
    const update = JSON.parse(event.data) as LiveUpdate
    if (!state.value || update.seq <= seq) return
    state.value = applyLiveUpdate(state.value, update)
    seq = update.seq
    if (update.kind === 'message') arrived.value = update.message
    if (update.kind === 'stop') moved.value++
    keep()
  }

  function connect() {
    close()
    const saved = readSavedLiveWalk(storageKey())
    if (saved && !state.value) {
      state.value = saved.state
      seq = saved.seq
    }
    const address = new URL(url(), location.href)
    if (state.value) address.searchParams.set('after', String(seq))
    source = new EventSource(address)
    connection.value = 'connecting'
    source.addEventListener('open', () => {
      connection.value = 'open'
    })
    source.addEventListener('state', (event: MessageEvent<string>) => {
      state.value = JSON.parse(event.data) as LiveState
      seq = Number(event.lastEventId)
      keep()
    })
    source.addEventListener('update', onUpdate)
    source.addEventListener('error', () => {
      // A network error makes the browser retry by itself; a refusal (not 200) closes the stream for good.
      if (source?.readyState !== EventSource.CLOSED) {
        connection.value = 'connecting'
        return
      }
      connection.value = navigator.onLine ? 'refused' : 'connecting'
      retry = setTimeout(connect, 15_000)
    })
  }

  function close() {
    if (retry) clearTimeout(retry)
    retry = null
    source?.close()
    source = null
  }

  /** A phone woken from a locked screen or back online reconnects at once, rather than at its next retry. */
  function resume() {
    if (document.visibilityState === 'visible' && (!source || source.readyState === EventSource.CLOSED)) connect()
  }

  onMounted(() => {
    window.addEventListener('online', resume)
    document.addEventListener('visibilitychange', resume)
  })
  onBeforeUnmount(() => {
    window.removeEventListener('online', resume)
    document.removeEventListener('visibilitychange', resume)
    close()
  })

  return { state, connection, arrived, moved, connect, close, forget: () => saveLiveWalk(storageKey(), null) }
}
