/**
 * Check-in codes on students' tickets: 12 symbols of Crockford's base32 (no I, L, O, U), so they
 * can be read aloud and typed without mix-ups. 60 random bits; separate from the personal-link
 * token, which can cancel the sign-up and must not be shown to anyone at the door.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
export const TICKET_CODE_LENGTH = 12

export function newTicketCode(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(TICKET_CODE_LENGTH))
  // 256 is a multiple of 32, so the low five bits are uniform.
  return Array.from(bytes, byte => ALPHABET[byte & 31]).join('')
}

/** The stored form of what was scanned or typed (spaces, dashes, case and look-alikes forgiven), or null. */
export function normaliseTicketCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  if (code.length !== TICKET_CODE_LENGTH) return null
  return [...code].every(c => ALPHABET.includes(c)) ? code : null
}

/** Groups of four, e.g. 7K3M-Q9XD-2HFP, for reading aloud. */
export function formatTicketCode(code: string): string {
  return code.match(/.{1,4}/g)!.join('-')
}
