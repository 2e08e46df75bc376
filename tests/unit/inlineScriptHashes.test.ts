import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { inlineScriptHashes } from '../../server/utils/inlineScriptHashes'

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

describe('inlineScriptHashes', () => {
  it('hashes each inline script, import maps included, exactly as written', () => {
    const page = '<script type="importmap">{"imports":{}}</script><p>x</p><script>window.__NUXT__={}</script><script>window.__NUXT__={}</script>'
    expect(inlineScriptHashes(page)).toEqual([sha('{"imports":{}}'), sha('window.__NUXT__={}')])
  })

  it('leaves out scripts loaded from a file and data the browser never runs', () => {
    const page = '<script type="module" src="/_nuxt/entry.js"></script><script type="application/json" id="__NUXT_DATA__">[1]</script>'
    expect(inlineScriptHashes(page)).toEqual([])
  })
})
