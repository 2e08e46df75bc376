import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkSubmission } from '../../../server/studio/submissionCheck'
import { parseTextFile } from '../../../server/studio/textFile'
import { makeStudioWorkspace } from '../../support/studioWorkspace'
import { BENIGN_BODIES, HOSTILE_BODIES } from '../support/hostileMarkdown'

const SLUG = 'qian-xuesen-residence'
/** Codes that refuse a body for what it could run, rather than for a broken link or missing alt text. */
const SCRIPT_CODES = ['rawHtml', 'unsafeLink', 'attributes', 'component', 'outsideImage']

describe('the submission check on hostile input', () => {
  const workspace = makeStudioWorkspace()
  afterAll(() => workspace.dispose())
  const published = parseTextFile(readFileSync(join(workspace.root, `content/stops/en/${SLUG}.md`), 'utf8'), 'en')
  const check = (edit: { fields?: Record<string, string>, body?: string }) => checkSubmission(workspace, {
    kind: 'stop', slug: SLUG, locale: 'en', position: null, audioFile: null,
    fields: { ...published.fields, ...edit.fields }, body: edit.body ?? published.body,
  })

  it.each(HOSTILE_BODIES)('refuses a body with $label, naming the body', ({ markdown }) => {
    const issues = check({ body: `${published.body}\n\n${markdown}\n` })
    expect(issues.filter(issue => issue.field === 'body' && SCRIPT_CODES.includes(issue.code))).not.toEqual([])
  })

  it('says which line and what: a tab-split javascript: link is shown as the volunteer wrote it', () => {
    const body = 'First paragraph.\n\nSee [x](java\tscript:window.__xss=1) here.\n'
    expect(check({ body })).toEqual([{ field: 'body', code: 'unsafeLink', subject: 'java\tscript:window.__xss=1) here.', line: 3 }])
  })

  it.each([
    ['a tag', '<img src=x onerror=alert(1)>'],
    ['a tag without its end', '<svg onload=alert(1)'],
    ['a character reference', 'jav&#x61;script:alert(1)'],
    ['a named character reference', '&lt;script&gt;'],
    ['javascript: with a tab inside', 'java\tscript:alert(1)'],
    ['vbscript:', 'VBScript:msgbox(1)'],
    ['a data:text/html URL', 'data:text/html,<b>'],
  ])('refuses %s in a front-matter field, naming the field', (_, value) => {
    // A tab in a one-line field is also refused as a hidden character; the markup must be named either way.
    const issues = check({ fields: { title: `Qian Xuesen ${value}` } })
    expect(issues).toContainEqual({ field: 'fields.title', code: 'markup' })
    expect(issues.every(issue => issue.field === 'fields.title')).toBe(true)
    expect(check({ fields: { accessNotes: value } })).toContainEqual({ field: 'fields.accessNotes', code: 'markup' })
  })

  it.each(BENIGN_BODIES)('accepts $label', ({ markdown }) => {
    expect(check({ body: `${published.body}\n\n${markdown}\n` })).toEqual([])
  })

  it('refuses more than three questions, or one too long, naming the field; an empty field asks none', () => {
    const question = 'What would you ask the people who live here?'
    expect(check({ fields: { questions: [question, question, question, question].join('\n') } })).toEqual([{ field: 'fields.questions', code: 'questions' }])
    expect(check({ fields: { questions: `${question} ${'very '.repeat(40)}` } })).toEqual([{ field: 'fields.questions', code: 'questions' }])
    expect(check({ fields: { questions: '<img src=x onerror=alert(1)>?' } })).toContainEqual({ field: 'fields.questions', code: 'markup' })
    expect(check({ fields: { questions: '' }, body: `${published.body}\nMore.\n` })).toEqual([])
    expect(check({ fields: { questions: `${question}\n\n${question}\n` }, body: `${published.body}\nMore.\n` })).toEqual([])
  })

  it('refuses a text that starts with its own front-matter block, but not a rule drawn with ---', () => {
    const pasted = `---\ntitle: "Qian Xuesen's former residence"\nsummary: x\n---\n\n${published.body}`
    expect(check({ body: pasted })).toContainEqual({ field: 'body', code: 'frontMatterInBody', line: 1 })
    expect(check({ body: `  ---\r\ntitle: x\r\n---\r\n${published.body}` }).map(issue => issue.code)).toContain('frontMatterInBody')
    expect(check({ body: `---\n\n${published.body}\n\n---\n\nA closing paragraph.` }).map(issue => issue.code)).not.toContain('frontMatterInBody')
  })

  it('accepts front-matter fields in Chinese and Arabic with ordinary punctuation', () => {
    expect(check({ fields: { title: '钱学森旧居（岐山村111号）', summary: 'منزل والد تشيان شيويسن في الأربعينيات والخمسينيات: هنا التقيا عام 1955.' }, body: `${published.body}\nMore.\n` })).toEqual([])
  })
})

describe('the submission check and the language\'s glossary', () => {
  const workspace = makeStudioWorkspace()
  afterAll(() => workspace.dispose())
  const published = parseTextFile(readFileSync(join(workspace.root, `content/stops/ko/${SLUG}.md`), 'utf8'), 'ko')
  const check = (edit: { fields?: Record<string, string>, body?: string }) => checkSubmission(workspace, {
    kind: 'stop', slug: SLUG, locale: 'ko', position: null, audioFile: null,
    fields: { ...published.fields, ...edit.fields }, body: edit.body ?? published.body,
  })

  it('accepts the published Korean text, which follows its glossary', () => {
    expect(check({ body: `${published.body}\n\n첸쉐썬은 위위안로를 걸었어요.\n` }).filter(issue => issue.code === 'glossary')).toEqual([])
  })

  it('names each spelling the glossary avoids, with the one to use, in a field and on its line of the body', () => {
    const issues = check({ fields: { title: '위위안루의 첸쉐썬 옛집' }, body: '첫 문단이에요.\n\n쑤저우허를 따라 걸어요.\n' })
    expect(issues.filter(issue => issue.code === 'glossary')).toEqual([
      { field: 'fields.title', code: 'glossary', subject: '위위안루 → 위위안로' },
      { field: 'body', code: 'glossary', subject: '쑤저우허 → 쑤저우강', line: 3 },
    ])
  })
})
