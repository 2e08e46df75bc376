import type { TeamRole } from '../../shared/types/team'
import type { OutgoingMail } from '../db/outboxStore'
import { mailTranslator } from './translate'

export interface TeamMailWalk {
  id: string
  title: string
  startsLabel: string
}

/**
 * Tells an organiser account it was named to a walk's team, by whom, and which page to open on the day
 * (the live page for a guide). The link is left out when the site's public address is not configured.
 */
export function teamMail(member: { name: string, email: string }, role: TeamRole, walk: TeamMailWalk, namedBy: string, language: string, origin: string | null): OutgoingMail {
  const t = mailTranslator(language)
  const prefix = language === 'en' ? '' : `/${language}`
  const page = role === 'guide' ? `/organiser/events/${walk.id}/live` : `/organiser/events/${walk.id}`
  const params = { name: member.name, by: namedBy, title: walk.title }
  return {
    eventId: walk.id,
    recipient: member.email,
    subject: role === 'guide' ? t('email.team.guideSubject', params) : t('email.team.organiserSubject', params),
    text: [
      role === 'guide' ? t('email.team.guideBody', params) : t('email.team.organiserBody', params),
      t('email.when', { when: walk.startsLabel }),
      ...(origin ? [`${origin}${prefix}${page}`] : []),
      t('email.team.account'),
    ].join('\n\n'),
  }
}
