import { eq } from 'drizzle-orm'
import type { AppDb, Tables } from '../db/connect'
import type { OutgoingMail } from '../db/outboxStore'
import { mailTranslator } from '../mail/translate'
import type { SubmissionRow } from './submissionStore'
import { englishTitle, type Workspace } from './workspace'

export type StudioMailKind = 'submitted' | 'returned' | 'published'

interface Person { name: string, email: string, locale: string | null }

/** One studio e-mail in the recipient's app language: what happened to which text, and where to look. */
export function studioMail(kind: StudioMailKind, to: Person, about: { title: string, locale: string, author: string, comment: string, link: string }): OutgoingMail {
  const language = to.locale ?? 'en'
  const t = mailTranslator(language)
  const params = { ...about, name: to.name, language: new Intl.DisplayNames([language], { type: 'language' }).of(about.locale) ?? about.locale }
  const subjects: Record<StudioMailKind, string> = {
    submitted: t('email.studio.submitted.subject', params),
    returned: t('email.studio.returned.subject', params),
    published: t('email.studio.published.subject', params),
  }
  const bodies: Record<StudioMailKind, string> = {
    submitted: t('email.studio.submitted.body', params),
    returned: t('email.studio.returned.body', params),
    published: t('email.studio.published.body', params),
  }
  return { eventId: null, recipient: to.email, subject: subjects[kind], text: `${bodies[kind]}\n\n— ${t('email.signature')}` }
}

const pagePrefix = (locale: string | null) => !locale || locale === 'en' ? '' : `/${locale}`

/** Writes a step's e-mails inside the step's transaction, which queues them with the change itself. */
export type StudioNotices = (tx: AppDb, row: SubmissionRow) => Promise<OutgoingMail[]>

export const studioNotices = (kind: StudioMailKind, tables: Tables, workspace: Workspace, origin: string): StudioNotices =>
  (tx, row) => studioMailsFor(kind, tx, tables, workspace, row, origin)

/**
 * Who hears of a submission's step: every organiser when it is submitted (a link to the review), the
 * author when it is sent back (a link to edit it) or published.
 */
export async function studioMailsFor(kind: StudioMailKind, reader: AppDb, tables: Tables, workspace: Workspace, row: SubmissionRow, origin: string): Promise<OutgoingMail[]> {
  const { users } = tables
  const [author] = await reader.select().from(users).where(eq(users.id, row.authorId))
  if (!author) return []
  const about = (recipient: Person, path: string) => ({
    title: englishTitle(workspace, row.kind, row.slug),
    locale: row.locale,
    author: author.name,
    comment: row.reviewComment ?? '',
    link: `${origin}${pagePrefix(recipient.locale)}${path}`,
  })
  if (kind === 'submitted') {
    const organisers = await reader.select().from(users).where(eq(users.role, 'organiser'))
    return organisers.filter(o => o.id !== author.id).map(o => studioMail(kind, o, about(o, `/studio/submissions/${row.id}`)))
  }
  const path = kind === 'returned' && !row.revertOf ? `/studio/edit/${row.kind}/${row.slug}/${row.locale}` : `/studio/submissions/${row.id}`
  return [studioMail(kind, author, about(author, path))]
}
