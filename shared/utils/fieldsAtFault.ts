import type { z } from 'zod'

/**
 * The top-level fields a form marks for a failed zod check: each issue's first path step, the names
 * of unknown fields, or, for a check across fields, the field its message names. A body that is not
 * an object at all has no field at fault.
 */
export function fieldsAtFault(error: z.ZodError): string[] {
  return [...new Set(error.issues.flatMap((issue) => {
    if (issue.path.length > 0) return [String(issue.path[0])]
    if (issue.code === 'unrecognized_keys') return issue.keys
    return issue.code === 'custom' ? [issue.message] : []
  }))]
}
