import { expect, type APIRequestContext } from '@playwright/test'
import { INBOX_URL } from '../../../playwright.config'

/** A message as the test SMTP server (support/smtpServer.mjs) received and parsed it. */
export interface Received { to: string[], subject: string, text: string, attachments: { filename: string, contentType: string, content: string }[] }

/** Every message the test SMTP server has received for an address, oldest first. */
export async function mailTo(request: APIRequestContext, address: string): Promise<Received[]> {
  const all = await (await request.get(INBOX_URL)).json() as Received[]
  return all.filter(m => m.to.includes(address))
}

/**
 * The personal-link token e-mailed to an address, as a student finds it in their inbox: the sign-up
 * answer never carries it. Waits for the e-mail; with `index`, the token of that message (0 = first).
 */
export async function personalLinkToken(request: APIRequestContext, address: string, index = 0): Promise<string> {
  const tokens = async () => (await mailTo(request, address))
    .map(mail => /\/signup\/([\w-]{32})/.exec(mail.text)?.[1])
    .filter((token): token is string => Boolean(token))
  await expect.poll(async () => (await tokens()).length, { timeout: 15_000 }).toBeGreaterThan(index)
  return (await tokens())[index]!
}
