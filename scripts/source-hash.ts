// Prints the source hash of each Markdown file given, for a translation's `translatedFrom.hash`.
// Usage: npx tsx scripts/source-hash.ts content/stops/en/qian-xuesen-residence.md
import { readFileSync } from 'node:fs'
import { sourceHash } from './lib/sourceHash'

for (const file of process.argv.slice(2)) console.log(`${sourceHash(readFileSync(file, 'utf8'))}  ${file}`)
