// Prints one closing line for the whole suite (unit, browser, adversarial), read by CI.
import { readFileSync } from 'node:fs'

const read = path => JSON.parse(readFileSync(new URL(`../reports/${path}`, import.meta.url), 'utf8'))
const vitest = report => ({ passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests })
const playwright = report => ({ passed: report.stats.expected, failed: report.stats.unexpected + report.stats.flaky, skipped: report.stats.skipped })
const suites = {
  'unit': vitest(read('unit.json')),
  'browser': playwright(read('e2e.json')),
  'security (API)': vitest(read('security-api.json')),
  'security (pages)': playwright(read('security-pages.json')),
}

const total = key => Object.values(suites).reduce((sum, suite) => sum + suite[key], 0)
console.log(Object.entries(suites).map(([name, suite]) => `${name} ${suite.passed} passed`).join(', '))
console.log(`tests: ${total('passed')} passed, ${total('failed')} failed, ${total('skipped')} skipped`)
process.exit(total('failed') > 0 || Object.values(suites).some(suite => suite.passed === 0) ? 1 : 0)
