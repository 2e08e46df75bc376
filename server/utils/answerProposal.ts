import { readBody, setResponseStatus, type H3Event } from 'h3'
import type { ZodType } from 'zod'
import type { SubmissionIssue, SubmissionView } from '../../shared/types/submission'
import { proposeNewText, type Proposal } from '../studio/submissionStore'
import { submissionView } from '../studio/submissionView'
import type { Workspace } from '../studio/workspace'
import { apiError, invalidInput } from './apiError'
import { useDatabase } from './database'
import { apiErrorFor } from './domainErrors'
import { requireEditor } from './requireOrganiser'
import { currentWorkspace } from './studioWorkspace'

/**
 * Answers the proposal of a stop or walk the content does not have yet (`POST /api/studio/new-stops`, `new-walks`):
 * its facts are checked against the schema and the content at once; the author then writes its English text in the
 * editor and submits it for review like any text.
 */
export async function answerProposal<F extends Proposal['facts']>(
  event: H3Event,
  schema: ZodType<F>,
  issuesOf: (workspace: Workspace, facts: F) => SubmissionIssue[],
  proposalOf: (facts: F) => Proposal,
): Promise<SubmissionView> {
  const user = await requireEditor(event)
  const parsed = schema.safeParse(await readBody(event))
  if (!parsed.success) throw invalidInput(parsed.error)
  const database = await useDatabase()
  try {
    const issues = issuesOf(await currentWorkspace(database), parsed.data)
    if (issues.length) throw apiError(422, 'submissionInvalid', [...new Set(issues.map(issue => issue.field))], issues)
    setResponseStatus(event, 201)
    return submissionView(await proposeNewText(database, user.id, proposalOf(parsed.data)), user.name, parsed.data.slug)
  }
  catch (error) {
    throw apiErrorFor(error)
  }
}
