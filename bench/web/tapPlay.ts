import { chromium } from 'playwright'

/**
 * Tap Play on a stop page under 4× CPU slow-down: milliseconds from the tap to the player showing
 * "playing" (its button turning into Pause), measured in the page. Median of `runs` fresh loads.
 */
export async function tapPlayMs(stopUrl: string, runs = 5): Promise<{ medianMs: number, runs: number[] }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--autoplay-policy=no-user-gesture-required', '--mute-audio'],
  })
  const figures: number[] = []
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'en' })
      const page = await context.newPage()
      await page.goto(stopUrl, { waitUntil: 'load' })
      await page.waitForSelector('html[data-hydrated]')
      const play = page.getByRole('button', { name: 'Play narration' })
      await play.waitFor()
      const cdp = await context.newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
      await play.evaluate((button) => {
        const state = window as unknown as { tappedAt?: number, playingAt?: number }
        button.addEventListener('pointerdown', () => (state.tappedAt = performance.now()), { capture: true, once: true })
        new MutationObserver(() => {
          if (button.getAttribute('aria-label') === 'Pause narration' && state.playingAt === undefined) state.playingAt = performance.now()
        }).observe(button, { attributes: true, attributeFilter: ['aria-label'] })
      })
      await play.tap()
      await page.waitForFunction(() => (window as unknown as { playingAt?: number }).playingAt !== undefined, null, { timeout: 30_000 })
      figures.push(Math.round(await page.evaluate(() => {
        const state = window as unknown as { tappedAt: number, playingAt: number }
        return state.playingAt - state.tappedAt
      })))
      await context.close()
    }
  }
  finally {
    await browser.close()
  }
  const sorted = [...figures].sort((a, b) => a - b)
  return { medianMs: sorted[Math.floor(sorted.length / 2)]!, runs: figures }
}
