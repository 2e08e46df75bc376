import { z } from 'zod'

export const loginSchema = z.object({
  email: z.string().trim().max(254, 'email').pipe(z.email('email')),
  password: z.string().min(1, 'password').max(200, 'password'),
}).strict()

export type LoginInput = z.infer<typeof loginSchema>
