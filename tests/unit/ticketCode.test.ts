import { describe, expect, it } from 'vitest'
import { formatTicketCode, newTicketCode, normaliseTicketCode, TICKET_CODE_LENGTH } from '../../shared/utils/ticketCode'

describe('ticket codes', () => {
  it('are 12 symbols without look-alike letters, and differ every time', () => {
    const codes = Array.from({ length: 2000 }, newTicketCode)
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/)
    expect(new Set(codes).size).toBe(codes.length)
    expect(TICKET_CODE_LENGTH).toBe(12)
  })

  it('are shown in groups of four and read back the same', () => {
    expect(formatTicketCode('7K3MQ9XD2HFP')).toBe('7K3M-Q9XD-2HFP')
    expect(normaliseTicketCode('7K3M-Q9XD-2HFP')).toBe('7K3MQ9XD2HFP')
  })

  it('forgive case, spaces and look-alikes when typed', () => {
    expect(normaliseTicketCode(' 7k3m q9xd 2hfp ')).toBe('7K3MQ9XD2HFP')
    expect(normaliseTicketCode('O0IL-1111-2222')).toBe('001111112222')
  })

  it('refuse anything else', () => {
    for (const input of ['', '7K3M-Q9XD', '7K3M-Q9XD-2HFP-0', '7K3M-Q9XD-2HFU', 'https://example.org/x', '7K3M_Q9XD_2HFP', '٧K3M-Q9XD-2HFP']) {
      expect(normaliseTicketCode(input), input).toBeNull()
    }
  })
})
