import { ref } from 'vue'
import type { FetchError } from 'ofetch'
import type { SignupInput } from '#shared/schemas/signup'
import { PENDING_SIGNUPS_KEY as STORAGE_KEY } from './storageKeys'

/** A sign-up made with no connection: kept on the phone, with its idempotency key, until the server has answered. */
export interface PendingSignup {
  eventId: string
  input: SignupInput
  queuedAt: number
  /** The server's answer once it came: received (the personal link is e-mailed), or why it refused (the form is then filled in again). */
  outcome?: { received: true } | { refusal?: string, fields?: string[] }
}

/** Client-side only: loaded when the app mounts, so server rendering always sees an empty list. */
export const pendingSignups = ref<PendingSignup[]>([])

function save() {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(pendingSignups.value))
}

export function loadPendingSignups() {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]')
    pendingSignups.value = Array.isArray(stored) ? stored as PendingSignup[] : []
  }
  catch {
    pendingSignups.value = []
  }
}

export function queueSignup(eventId: string, input: SignupInput) {
  pendingSignups.value = [...pendingSignups.value.filter(p => p.eventId !== eventId), { eventId, input, queuedAt: Date.now() }]
  save()
}

export function forgetPendingSignup(eventId: string) {
  pendingSignups.value = pendingSignups.value.filter(p => p.eventId !== eventId)
  save()
}

/** No HTTP status at all means the request never got an answer (offline, or the signal dropped). */
export function isUnanswered(error: unknown): boolean {
  return (error as FetchError).statusCode === undefined
}

let sending: Promise<void> | null = null

async function sendAll() {
  loadPendingSignups()
  for (const pending of pendingSignups.value.filter(p => !p.outcome)) {
    try {
      await $fetch(`/api/events/${pending.eventId}/signups`, { method: 'POST', body: pending.input })
      pending.outcome = { received: true }
    }
    catch (error) {
      if (isUnanswered(error)) return
      const data = (error as FetchError<{ data?: { key?: string, fields?: string[] } }>).data?.data
      pending.outcome = { refusal: data?.key, fields: data?.fields }
    }
    finally {
      save()
    }
  }
}

/**
 * Sends every kept sign-up, one at a time. The same idempotency key goes with every attempt, so a sign-up
 * whose answer was lost on the way back is recognised by the server and never made twice.
 */
export function sendPendingSignups(): Promise<void> {
  sending ??= sendAll().finally(() => {
    sending = null
    pendingSignups.value = [...pendingSignups.value]
  })
  return sending
}
