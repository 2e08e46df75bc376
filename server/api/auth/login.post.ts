import { loginSchema } from '../../../shared/schemas/login'
import { checkCredentials, rememberLocale } from '../../db/userStore'

const LOGIN_RATE = Number(process.env.CITYWALK_LOGIN_RATE_PER_MINUTE || 10)
const attemptsFromAddress = createRateLimiter('login', LOGIN_RATE, 60_000)
const failuresForAccountFromAddress = createRateLimiter('login-failures', Math.max(1, Math.ceil(LOGIN_RATE / 2)), 60_000)

/**
 * Organiser and volunteer login, answered alike for any mistake. Every attempt counts against the address;
 * failed ones also against that account from that address, so guessing one password is slow, while nobody
 * elsewhere can lock its owner out by failing on purpose.
 */
export default defineEventHandler(async (event) => {
  const parsed = loginSchema.safeParse(await readBody(event))
  if (!parsed.success) throw invalidInput(parsed.error)
  const address = clientAddress(event)
  const accountKey = `${parsed.data.email.trim().toLowerCase()} ${address}`
  if (!(await attemptsFromAddress.hit(address)) || (await failuresForAccountFromAddress.peek(accountKey)) >= failuresForAccountFromAddress.limit) throw apiError(429, 'tooManyRequests')
  const user = await checkCredentials(await useDatabase(), parsed.data.email, parsed.data.password)
  if (!user) {
    await failuresForAccountFromAddress.hit(accountKey)
    throw apiError(401, 'badCredentials')
  }
  await rememberLocale(await useDatabase(), user.id, pageLocale(event))
  await logIn(event, { id: user.id, email: user.email, name: user.name, role: user.role })
  return { name: user.name, role: user.role }
})
