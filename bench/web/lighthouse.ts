import { gzipSync } from 'node:zlib'
import lighthouse from 'lighthouse'
import type { Result } from 'lighthouse'

export interface PageFigures {
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  lcpMs: number
  tbtMs: number
  cls: number
  jsKbGzip: number
}

const score = (result: Result, category: string) => Math.round((result.categories[category]?.score ?? 0) * 100)

/** Gzip size of every script the page loaded during the audit, compressed here so every page is measured alike. */
async function scriptKbGzip(result: Result): Promise<number> {
  const items = (result.audits['network-requests']?.details as { items?: { url: string, resourceType?: string }[] } | undefined)?.items ?? []
  const scripts = [...new Set(items.filter(item => item.resourceType === 'Script').map(item => item.url))]
  let bytes = 0
  for (const url of scripts) bytes += gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).length
  return Math.round(bytes / 1024)
}

/** One Lighthouse run (its default mobile settings: emulated phone, simulated slow 4G) on a running Chrome. */
export async function auditPage(url: string, port: number): Promise<PageFigures> {
  const runner = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] })
  const result = runner?.lhr
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`)
  const numeric = (id: string) => result.audits[id]?.numericValue ?? Number.NaN
  return {
    performance: score(result, 'performance'),
    accessibility: score(result, 'accessibility'),
    bestPractices: score(result, 'best-practices'),
    seo: score(result, 'seo'),
    lcpMs: Math.round(numeric('largest-contentful-paint')),
    tbtMs: Math.round(numeric('total-blocking-time')),
    cls: Math.round(numeric('cumulative-layout-shift') * 1000) / 1000,
    jsKbGzip: await scriptKbGzip(result),
  }
}

/** The median of each figure over several runs. */
export function medianFigures(runs: PageFigures[]): PageFigures {
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b)
    const middle = Math.floor(sorted.length / 2)
    return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
  }
  const keys = Object.keys(runs[0]!) as (keyof PageFigures)[]
  return Object.fromEntries(keys.map(key => [key, median(runs.map(run => run[key]))])) as unknown as PageFigures
}
