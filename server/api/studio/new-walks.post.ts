import { newWalkSchema } from '../../../shared/schemas/newWalk'
import { newWalkIssues } from '../../studio/newWalkFiles'

/** Proposes a walk that is not in the content yet: its stops in order, its stations and warnings (see answerProposal). */
export default defineEventHandler(event =>
  answerProposal(event, newWalkSchema, newWalkIssues, walk => ({ kind: 'walk', facts: walk })))
