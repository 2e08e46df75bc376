/** One finding of `npm run content:check`, printed as `file:line: message`. */
export interface Problem {
  file: string
  line: number
  message: string
  /** Warnings (a translation that needs an update) are printed but do not fail the check. */
  level: 'error' | 'warning'
  /** For the studio, which shows the problem in the volunteer's language: what kind, and about what. */
  code?: string
  subject?: string
}

export const error = (file: string, line: number, message: string): Problem => ({ file, line, message, level: 'error' })
export const warning = (file: string, line: number, message: string): Problem => ({ file, line, message, level: 'warning' })

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}: ${problem.level === 'warning' ? 'warning: ' : ''}${problem.message}`
}
