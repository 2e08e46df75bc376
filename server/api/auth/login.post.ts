import { loginSchema } from '../../../shared/schemas/login'
import { checkCredentials, rememberLocale } from '../../db/userStore'

const loginLimiter = createRateLimiter(Number(process.env.CITYWALK_LOGIN_RATE_PER_MINUTE || 10), 60_000)

/** Organiser and volunteer login: rate-limited per address and account, answered alike for any mistake. */
export default defineEventHandler(async (event) => {
  const parsed = loginSchema.safeParse(await readBody(event))
  if (!parsed.success) throw invalidInput(parsed.error)
  const address = getRequestIP(event, { xForwardedFor: true }) ?? 'unknown'
  if (!loginLimiter(`ip:${address}`) || !loginLimiter(`account:${parsed.data.email.toLowerCase()}`)) throw apiError(429, 'tooManyRequests')
  const user = await checkCredentials(await useDatabase(), parsed.data.email, parsed.data.password)
  if (!user) throw apiError(401, 'badCredentials')
  await rememberLocale(await useDatabase(), user.id, pageLocale(event))
  await setUserSession(event, { user: { id: user.id, email: user.email, name: user.name, role: user.role }, loggedInAt: Date.now() })
  return { name: user.name, role: user.role }
})
