import { randomUUID } from 'node:crypto'
import type { SignupInput } from '../../shared/schemas/signup'

let next = 0

/** A valid sign-up from a person never seen before: own e-mail, own idempotency key. */
export function freshSignup(): SignupInput {
  next++
  return {
    name: `Bench Student ${next}`,
    email: `bench-${next}-${process.pid}@example.edu`,
    contact: '',
    university: 'Fudan University',
    language: 'en',
    consent: true,
    idempotencyKey: randomUUID(),
  }
}
