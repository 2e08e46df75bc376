import type { Page } from '@playwright/test'
import { test, expect, waitForHydration } from './support/fixtures'
import { messages } from './support/messages'

// The browser's voices are real: espeak-ng through the suite's own Speech Dispatcher (see
// playwright.config.ts). Its sound goes to a null device; reading a whole stop still takes a while.
test.setTimeout(90_000)
const ko = messages('ko')
const ar = messages('ar')
const STOP = '/walks/yuyuan-road/qian-xuesen-residence'

/** Records what the page hands to the phone's voice, and which blocks light up, passing every call on. */
async function listen(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { spoken: { text: string, lang: string, voice: string, rate: number }[], lit: string[] }
    w.spoken = []
    w.lit = []
    const speak = speechSynthesis.speak.bind(speechSynthesis)
    speechSynthesis.speak = (utterance) => {
      w.spoken.push({ text: utterance.text, lang: utterance.voice?.lang ?? '', voice: utterance.voice?.name ?? '', rate: utterance.rate })
      speak(utterance)
    }
    new MutationObserver((records) => {
      for (const record of records) {
        const element = record.target as HTMLElement
        if (record.attributeName === 'class' && element.classList.contains('is-spoken') && !(record.oldValue ?? '').includes('is-spoken')) w.lit.push(element.innerText.trim())
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'], attributeOldValue: true })
  })
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { spoken: { text: string, lang: string, voice: string, rate: number }[] }).spoken)
const lit = (page: Page) => page.evaluate(() => (window as unknown as { lit: string[] }).lit)
const transcript = (page: Page) => page.evaluate(() => [document.querySelector('h1'), ...Array.from(document.querySelector('.body')!.firstElementChild!.children)].map(e => (e as HTMLElement).innerText.trim()))
const fileNarration = (page: Page) => page.evaluate(() => {
  const audio = document.querySelector('body > audio') as HTMLAudioElement
  return { paused: audio.paused, time: audio.currentTime }
})

test('a Korean student hears the stop read by the phone\'s own Korean voice, block by block, with the text lit as it goes, and the choice is remembered', async ({ page }) => {
  await listen(page)
  await page.goto(`/ko${STOP}`)
  await waitForHydration(page)
  const player = page.getByRole('region', { name: ko.player.listen })
  // Offered beside the computer-made file once the phone's voices are known.
  await player.getByRole('radio', { name: ko.player.voicePhone }).check()
  await expect(player).toContainText(ko.player.phoneVoiceReading)
  await expect(player.getByRole('slider', { name: ko.player.position })).toHaveCount(0)

  await player.getByRole('button', { name: ko.player.play }).click()
  const blocks = (await transcript(page)).filter(Boolean)
  await expect.poll(async () => (await spoken(page)).length, { timeout: 40_000 }).toBe(blocks.length)
  const said = await spoken(page)
  expect(said.map(s => s.text)).toEqual(blocks)
  expect(new Set(said.map(s => s.lang))).toEqual(new Set(['ko']))
  expect(said[0]!.voice).toBe('Korean espeak-ng')
  // The highlight walked the text in order, title first.
  await expect.poll(async () => (await lit(page)).length).toBe(blocks.length)
  expect(await lit(page)).toEqual(blocks)
  // Read to the end: back to the start, ready to play again; the narration file never sounded.
  await expect(player.getByRole('button', { name: ko.player.play })).toBeVisible()
  await expect(player).toContainText(ko.player.partOf.replace('{n}', '1').replace('{total}', String(blocks.length)))
  expect(await fileNarration(page)).toEqual({ paused: true, time: 0 })

  await page.reload()
  await waitForHydration(page)
  await expect(player.getByRole('radio', { name: ko.player.voicePhone })).toBeChecked()
  await expect(player).toContainText(ko.player.phoneVoiceReading)
  // Going back to the file brings its controls back.
  await player.getByRole('radio', { name: ko.player.voiceFile }).check()
  await expect(player.getByRole('slider', { name: ko.player.position })).toBeVisible()
  await expect(player).toContainText(ko.player.synthesisedVoice)
})

test('parts are skipped while paused, and "continue with the next stop" carries the phone\'s voice on to the next stop', async ({ page }) => {
  await listen(page)
  // The walk's last but one stop: the reading runs on into the last and stops there.
  await page.goto('/ar/walks/yuyuan-road/rewi-alley-residence')
  await waitForHydration(page)
  const player = page.getByRole('region', { name: ar.player.listen })
  await player.getByRole('radio', { name: ar.player.voicePhone }).check()
  const blocks = (await transcript(page)).filter(Boolean)
  const part = (n: number) => ar.player.partOf.replace('{n}', String(n)).replace('{total}', String(blocks.length))
  await expect(player.getByRole('button', { name: ar.player.previousPart })).toBeDisabled()
  await player.getByRole('button', { name: ar.player.nextPart }).click()
  await player.getByRole('button', { name: ar.player.nextPart }).click()
  await expect(player).toContainText(part(3))
  await player.getByRole('checkbox', { name: ar.player.continueNext }).check()
  await player.getByLabel(ar.player.speed).selectOption('2')

  await player.getByRole('button', { name: ar.player.play }).click()
  // Reading starts at the third block, in Arabic, and runs on into the next stop's page.
  await expect(page).toHaveURL(/\/ar\/walks\/yuyuan-road\/hengchangli-bolshevik-office$/, { timeout: 40_000 })
  await expect(page.locator('h1')).not.toHaveText(blocks[0]!)
  const next = (await transcript(page)).filter(Boolean)
  await expect.poll(async () => (await spoken(page)).length, { timeout: 40_000 }).toBe(blocks.length - 2 + next.length)
  const said = await spoken(page)
  expect(said.map(s => s.text)).toEqual([...blocks.slice(2), ...next])
  expect(new Set(said.map(s => s.rate))).toEqual(new Set([2]))
  expect(new Set(said.map(s => s.lang))).toEqual(new Set(['ar']))
  await expect(page.getByRole('region', { name: ar.player.listen }).getByRole('button', { name: ar.player.play })).toBeVisible()
  expect(await fileNarration(page)).toEqual({ paused: true, time: 0 })
})
