// Prints one closing line for the whole suite (unit + browser), read by CI.
import { readFileSync } from 'node:fs'

const read = path => JSON.parse(readFileSync(new URL(`../reports/${path}`, import.meta.url), 'utf8'))
const unit = read('unit.json')
const e2e = read('e2e.json')

const passed = unit.numPassedTests + e2e.stats.expected
const failed = unit.numFailedTests + e2e.stats.unexpected
const skipped = unit.numPendingTests + unit.numTodoTests + e2e.stats.skipped
console.log(`unit ${unit.numPassedTests} passed, browser ${e2e.stats.expected} passed`)
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
