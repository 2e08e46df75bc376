// Fails on a translation key that is missing in any locale, unused, dynamic (not a string literal),
// or whose placeholders or plural choices differ from the English message.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

const root = join(import.meta.dirname, '..')
const localeDir = join(root, 'i18n', 'locales')
const sourceRoots = ['app.vue', 'error.vue', 'pages', 'components', 'layouts', 'composables', 'utils', 'plugins', 'server/mail', 'server/routes', 'server/studio']
const problems = []

function flatten(object, prefix = '') {
  return Object.entries(object).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? flatten(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]])
}

const placeholders = message => [...String(message).matchAll(/\{(\w+)\}/g)].map(m => m[1]).sort().join(',')
const choices = message => String(message).split('|').length

const locales = Object.fromEntries(readdirSync(localeDir).filter(f => f.endsWith('.json')).map(file =>
  [file.replace('.json', ''), new Map(flatten(JSON.parse(readFileSync(join(localeDir, file), 'utf8'))))]))
const english = locales.en
if (!english) throw new Error('i18n/locales/en.json is missing')
// Messages that may read exactly as in English (brand names, words shared by both languages).
const sameAsEnglish = JSON.parse(readFileSync(join(root, 'i18n', 'same-as-english.json'), 'utf8'))
const hasEnglishWord = message => /[A-Za-z]{3,}/.test(String(message).replace(/\{\w+\}/g, ''))

for (const [code, messages] of Object.entries(locales)) {
  for (const [key, message] of english) {
    if (!messages.has(key)) problems.push(`${code}: missing key ${key}`)
    else if (typeof messages.get(key) !== 'string' || !messages.get(key).trim()) problems.push(`${code}: empty message ${key}`)
    else if (placeholders(messages.get(key)) !== placeholders(message)) problems.push(`${code}: placeholders of ${key} differ from English`)
    else if (choices(messages.get(key)) !== choices(message)) problems.push(`${code}: plural choices of ${key} differ from English`)
    else if (code !== 'en' && messages.get(key) === message && hasEnglishWord(message) && !sameAsEnglish[code]?.includes(key)) {
      problems.push(`${code}: ${key} is still in English (translate it, or list it in i18n/same-as-english.json)`)
    }
  }
  for (const key of messages.keys()) if (!english.has(key)) problems.push(`${code}: key ${key} is not in English`)
}

// French sets : ; ? ! and the inside of « » apart with a no-break space, so they never start a line alone.
for (const [key, message] of locales.fr ?? []) {
  if (/ [:;?!»]|« /.test(String(message))) problems.push(`fr: ${key} has an ordinary space before : ; ? ! » or after « (use U+00A0)`)
  if (/[A-Za-zÀ-ÿ]'[A-Za-zÀ-ÿ]/.test(String(message))) problems.push(`fr: ${key} has a straight apostrophe (use ’)`)
}

function* sourceFiles(path) {
  const full = join(root, path)
  if (statSync(full, { throwIfNoEntry: false })?.isDirectory()) {
    for (const entry of readdirSync(full)) yield* sourceFiles(join(path, entry))
  }
  else if (/\.(vue|ts)$/.test(path) && statSync(full, { throwIfNoEntry: false })) yield full
}

// Namespaces left out of the browser's messages (shared/i18nServerOnly.ts): only server code may use them.
const serverOnly = [...readFileSync(join(root, 'shared', 'i18nServerOnly.ts'), 'utf8').match(/SERVER_ONLY_NAMESPACES = \[([^\]]*)\]/)[1].matchAll(/'(\w+)'/g)].map(m => m[1])

const used = new Set()
for (const file of sourceRoots.flatMap(path => [...sourceFiles(path)])) {
  const text = readFileSync(file, 'utf8')
  for (const match of text.matchAll(/(?<![\w$.])\$?t\(\s*(.)/g)) {
    const quote = match[1]
    const line = text.slice(0, match.index).split('\n').length
    if (quote !== '\'' && quote !== '"') {
      problems.push(`${relative(root, file)}:${line}: dynamic translation key (use a string literal)`)
      continue
    }
    const end = text.indexOf(quote, match.index + match[0].length)
    const key = text.slice(match.index + match[0].length, end)
    used.add(key)
    if (serverOnly.includes(key.split('.')[0]) && !relative(root, file).startsWith('server/')) {
      problems.push(`${relative(root, file)}:${line}: key ${key} is only in the server's messages (shared/i18nServerOnly.ts)`)
    }
    if (!english.has(key)) problems.push(`${relative(root, file)}:${line}: key ${key} is not in en.json`)
  }
}
for (const key of english.keys()) if (!used.has(key)) problems.push(`en: unused key ${key}`)

if (problems.length) {
  console.error(problems.join('\n'))
  console.error(`\ni18n check: ${problems.length} problem(s)`)
  process.exit(1)
}
console.log(`i18n check: ${english.size} keys in ${Object.keys(locales).length} locales, all used, all static`)
