import { z } from './zod'
import { TEAM_ROLES } from '../types/team'

/** Naming someone to a walk's team: the e-mail of their organiser account, and what they do. */
export const teamMemberSchema = z.strictObject({
  email: z.string('email').trim().max(254, 'email').pipe(z.email('email')),
  role: z.enum(TEAM_ROLES, 'role'),
})
