import type { z } from 'zod'
import { isHiddenCharacterIssue } from '../schemas/text'
import type { SubmissionIssue } from '../types/submission'

/** A zod problem with a front-matter field as the studio reports it, on the server and in the form alike. */
export function fieldIssue(issue: z.core.$ZodIssue): SubmissionIssue {
  const field = `fields.${String(issue.path[0] ?? '')}`
  if (issue.code === 'too_small') return { field, code: 'tooShort', subject: String(issue.minimum) }
  if (issue.code === 'too_big') return { field, code: 'tooLong', subject: String(issue.maximum) }
  if (isHiddenCharacterIssue(issue)) return { field, code: 'hiddenCharacters' }
  if (issue.code === 'custom' && issue.params?.questions === true) return { field, code: 'questions' }
  if (issue.code === 'unrecognized_keys') return { field: 'fields', code: 'unknownField', subject: issue.keys.join(', ') }
  return { field, code: 'required' }
}
