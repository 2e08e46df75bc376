import { readFileSync } from 'node:fs'
import { FetchError } from 'ofetch'
import { describe, expect, it } from 'vitest'
import { LOCALE_CODES } from '../../i18n/registry'
import { API_ERROR_KEYS } from '../../shared/types/apiError'
import { apiErrorOf } from '../../utils/apiErrorOf'

function answered(status: number, data: unknown) {
  const error = new FetchError('refused')
  Object.assign(error, { statusCode: status, data: { statusCode: status, data } })
  return error
}

describe('API refusals', () => {
  it.each(LOCALE_CODES)('every reason has a message in %s', (locale) => {
    const messages = JSON.parse(readFileSync(`i18n/locales/${locale}.json`, 'utf8')).errors as Record<string, string>
    for (const key of [...API_ERROR_KEYS, 'network', 'unknown']) expect(messages[key], `${locale} errors.${key}`).toMatch(/\S/)
  })

  it('reads the reason and the fields at fault from an answer', () => {
    expect(apiErrorOf(answered(422, { key: 'invalidInput', fields: ['name', 7, 'email'] })))
      .toEqual({ key: 'invalidInput', status: 422, fields: ['name', 'email'], issues: [] })
  })

  it('calls a reason it does not know "unknown", never repeating what the server said', () => {
    expect(apiErrorOf(answered(500, { key: '<img src=x onerror=alert(1)>' })).key).toBe('unknown')
    expect(apiErrorOf(answered(502, undefined)).key).toBe('unknown')
  })

  it('calls a request that got no answer "network"', () => {
    expect(apiErrorOf(new FetchError('fetch failed')).key).toBe('network')
    expect(apiErrorOf(new TypeError('Failed to fetch')).key).toBe('network')
  })
})
