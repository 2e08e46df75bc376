// `npm run bench:web`: Lighthouse (mobile) on the built app's home, walk, stop and event pages and, in the same
// run, on a framework-free page showing the same walk and on the framework floor (bench/web/floor: the required
// stack with one empty page). Three runs each, medians. Last line: one JSON object.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import { LOCALE_CODES } from '../../i18n/registry'
import type { WalkOfflinePackage } from '../../shared/types/offline'
import { planWalkDownload } from '../../utils/offline/downloadPlan'
import { startBaselineServer } from './baselineServer'
import { auditPage, medianFigures, type PageFigures } from './lighthouse'
import { tapPlayMs } from './tapPlay'

const RUNS = 3
const APP_PORT = 4100
const TILE_PORT = 4101
const BASELINE_PORT = 4102
const FLOOR_PORT = 4103
const APP = `http://127.0.0.1:${APP_PORT}`
const TILE_URL = `http://127.0.0.1:${TILE_PORT}/tiles/{z}/{x}/{y}.png`
const WALK = 'yuyuan-road'

function start(command: string[], env: Record<string, string>): ChildProcess {
  const { NODE_OPTIONS: _loader, ...inherited } = process.env
  return spawn(process.execPath, command, { env: { ...inherited, ...env }, stdio: 'ignore' })
}

async function waitFor(url: string) {
  for (const started = Date.now(); Date.now() - started < 60_000;) {
    if (await fetch(url).then(r => r.ok, () => false)) return
    await new Promise(done => setTimeout(done, 250))
  }
  throw new Error(`${url} did not answer`)
}

/** Bytes one walk download stores per language in Chromium (Opus narration), in KB. */
async function walkDownloadKbPerLanguage(slug: string): Promise<Record<string, number>> {
  const sizes: Record<string, number> = {}
  for (const locale of LOCALE_CODES) {
    const pkg = await (await fetch(`${APP}/api/walks/${slug}/offline?locale=${locale}`)).json() as WalkOfflinePackage
    sizes[locale] = Math.round(planWalkDownload(pkg, type => type.includes('opus'), [], false).totalBytes / 1024)
  }
  return sizes
}

function build(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync('npx', ['nuxt', 'build', ...args], { stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
if (!process.argv.includes('--no-build')) build([])
// Built every run, into a temp folder: the floor moves with the stack's versions, never with the app's code.
const floorDir = mkdtempSync(join(tmpdir(), 'citywalk-bench-floor-'))
build(['bench/web/floor'], { CITYWALK_FLOOR_DIR: floorDir })

const children = [
  start(['tests/e2e/support/tileServer.mjs'], { TILE_PORT: String(TILE_PORT) }),
  start(['.output/server/index.mjs'], {
    PORT: String(APP_PORT),
    HOST: '127.0.0.1',
    NUXT_PUBLIC_SITE_URL: APP,
    CITYWALK_DATABASE_FILE: join(mkdtempSync(join(tmpdir(), 'citywalk-bench-web-')), 'bench.sqlite'),
    NUXT_SESSION_PASSWORD: 'bench-web-session-password-0123456789abcdef',
    NUXT_PUBLIC_MAP_TILE_URL: TILE_URL,
    NUXT_PUBLIC_MAP_ATTRIBUTION: 'Test tiles',
  }),
  start([join(floorDir, 'output', 'server', 'index.mjs')], { PORT: String(FLOOR_PORT), HOST: '127.0.0.1' }),
]
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
})
try {
  await waitFor(`http://127.0.0.1:${TILE_PORT}/count`)
  await waitFor(`${APP}/api/walks`)
  await waitFor(`http://127.0.0.1:${FLOOR_PORT}/empty-page`)
  const walk = await (await fetch(`${APP}/api/walks/${WALK}?locale=en`)).json()
  const baselineServer = await startBaselineServer(BASELINE_PORT, walk, TILE_URL)

  const [event] = await (await fetch(`${APP}/api/events?locale=en`)).json() as { id: string }[]
  const pages = {
    home: `${APP}/`,
    walk: `${APP}/walks/${WALK}`,
    stop: `${APP}/walks/${WALK}/qian-xuesen-residence`,
    event: `${APP}/events/${event!.id}`,
    baseline: `http://127.0.0.1:${BASELINE_PORT}/walk.html`,
    floor: `http://127.0.0.1:${FLOOR_PORT}/empty-page`,
  }
  const runs: Record<string, PageFigures[]> = { home: [], walk: [], stop: [], event: [], baseline: [], floor: [] }
  // Pages take turns within each run, so a busy moment on this shared machine does not hit one page only.
  for (let run = 1; run <= RUNS; run++) {
    for (const [name, url] of Object.entries(pages)) {
      const figures = await auditPage(url, chrome.port)
      runs[name]!.push(figures)
      console.log(`run ${run} ${name.padEnd(8)} ${JSON.stringify(figures)}`)
    }
  }
  baselineServer.close()

  const medians = Object.fromEntries(Object.entries(runs).map(([name, list]) => [name, medianFigures(list)])) as Record<keyof typeof pages, PageFigures>
  const downloads = await walkDownloadKbPerLanguage(WALK)
  const otherWalk = await walkDownloadKbPerLanguage('suzhou-creek')
  const largestMb = Math.max(...Object.values(downloads), ...Object.values(otherWalk)) / 1024

  console.log('')
  console.log('median of', RUNS, 'runs (Lighthouse mobile):')
  for (const [name, figures] of Object.entries(medians)) console.log(`  ${name.padEnd(8)} ${JSON.stringify(figures)}`)
  const studentPages = ['home', 'walk', 'stop', 'event'] as const
  // The floor is an empty page: only its script figures say something about the student pages.
  const row = (label: string, figure: (page: PageFigures) => number | string, target: string, withFloor = false) =>
    console.log(`${label.padEnd(22)} ${studentPages.map(name => `${name} ${figure(medians[name])}`).join(', ')} | baseline ${figure(medians.baseline)}${withFloor ? ` | framework floor ${figure(medians.floor)}` : ''} (target ${target})`)
  row('TBT ms', page => page.tbtMs, '≤ 200', true)
  row('performance', page => page.performance, '≥ 95')
  row('first-load JS KB gz', page => page.jsKbGzip, '≤ 100', true)
  row('LCP ms', page => page.lcpMs, '≤ baseline')
  row('accessibility', page => page.accessibility, '100')
  const tap = await tapPlayMs(pages.stop)
  console.log(`tap Play → playing, 4× CPU slow-down: median ${tap.medianMs} ms of ${JSON.stringify(tap.runs)} (target ≤ 100)`)
  console.log(`largest walk download (one walk, one language, narration included): ${largestMb.toFixed(1)} MB (target ≤ 8); suzhou-creek KB ${JSON.stringify(otherWalk)}`)
  console.log(JSON.stringify({ pages: { ...medians, walk: { ...medians.walk, walkDownloadKbPerLanguage: downloads } }, tapPlayMs: tap }))
}
finally {
  chrome.kill()
  for (const child of children) child.kill()
}
