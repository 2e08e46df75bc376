import { z } from './zod'

export const loginSchema = z.strictObject({
  email: z.string('email').trim().max(254, 'email').pipe(z.email('email')),
  password: z.string('password').min(1, 'password').max(200, 'password'),
})

export type LoginInput = z.infer<typeof loginSchema>
