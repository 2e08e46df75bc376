import QRCode from 'qrcode'
import type { SignupTicket } from '../../shared/types/event'
import { formatTicketCode } from '../../shared/utils/ticketCode'

// The four-module quiet zone the QR standard asks for: it helps cameras in poor light.
const QUIET_ZONE = 4

/** The door ticket for a check-in code: the code to read aloud and the same as a QR code (modules as one SVG path). */
export function toSignupTicket(checkinCode: string): SignupTicket {
  const code = formatTicketCode(checkinCode)
  const { modules } = QRCode.create(code, { errorCorrectionLevel: 'M' })
  const dark: string[] = []
  for (let row = 0; row < modules.size; row++) {
    for (let column = 0; column < modules.size; column++) {
      if (modules.get(row, column)) dark.push(`M${column + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`)
    }
  }
  return { code, qr: { size: modules.size + 2 * QUIET_ZONE, path: dark.join('') } }
}
