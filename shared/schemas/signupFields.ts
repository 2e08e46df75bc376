// The sign-up form's fields and limits without the schema itself: the form shows them before zod is loaded.

/** Fields a sign-up can be refused for; each has a message under `signup.errors`. */
export const SIGNUP_ERROR_KEYS = ['name', 'email', 'contact', 'university', 'language', 'consent', 'idempotencyKey'] as const
export type SignupErrorKey = typeof SIGNUP_ERROR_KEYS[number]

/** Longest accepted lengths, which the form states in its messages. */
export const SIGNUP_MAX_LENGTH = { name: 100, email: 254, contact: 60, university: 120 } as const
