/**
 * The people who run one walk. A co-organiser has every right its creator has; a guide checks people in
 * and leads the live walk, and sees neither the list of names and addresses nor its export.
 */
export const TEAM_ROLES = ['organiser', 'guide'] as const
export type TeamRole = typeof TEAM_ROLES[number]

export interface TeamMember {
  userId: string
  name: string
  email: string
  role: TeamRole
  /** The organiser looking at the list. */
  you: boolean
}
