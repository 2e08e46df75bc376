// Checks the content folder: schemas, slugs, walks, positions, narration audio, Markdown safety and links.
// Prints each problem as file:line: message and exits 1 when there is an error (warnings do not fail).
// Usage: npm run content:check [-- <project root>]   (default: this project)
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { checkContent, formatProblem } from './lib/contentCheck'

const started = performance.now()
const root = resolve(process.argv[2] ?? join(import.meta.dirname, '..'))
const problems = await checkContent(root)
for (const problem of problems) console.log(formatProblem(problem))

const errors = problems.filter(p => p.level === 'error').length
const seconds = ((performance.now() - started) / 1000).toFixed(2)
console.log(`content check: ${errors} error(s), ${problems.length - errors} warning(s) in ${seconds} s`)
process.exitCode = errors ? 1 : 0
