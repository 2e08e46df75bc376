import { newStopSchema } from '../../../shared/schemas/newStop'
import { newStopIssues } from '../../studio/newStopFiles'

/** Proposes a stop that is not in the content yet: its facts and its place on a walk (see answerProposal). */
export default defineEventHandler(event =>
  answerProposal(event, newStopSchema, (workspace, stop) => newStopIssues(workspace, stop, null), stop => ({ kind: 'stop', facts: stop })))
