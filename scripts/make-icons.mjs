// Renders the app icons (PNG, as install prompts require) from the logo with Chromium. Run after changing the logo:
//   node scripts/make-icons.mjs
import { readFileSync } from 'node:fs'
import { chromium } from '@playwright/test'

const logo = readFileSync('public/favicon.svg', 'utf8')
// The maskable icon keeps the drawing inside the middle 80 % circle that launchers may crop to.
const maskable = logo
  .replace('<rect width="64" height="64" rx="14" fill="#0f5132"/>', '<rect width="64" height="64" fill="#0f5132"/><g transform="translate(12.8 12.8) scale(0.6)">')
  .replace('</svg>', '</g></svg>')

const icons = [
  { file: 'icon-192.png', size: 192, svg: logo },
  { file: 'icon-512.png', size: 512, svg: logo },
  { file: 'maskable-512.png', size: 512, svg: maskable },
  { file: 'apple-touch-icon-180.png', size: 180, svg: maskable },
]

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] })
for (const { file, size, svg } of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } })
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`)
  await page.screenshot({ path: `public/icons/${file}`, omitBackground: true })
  await page.close()
}
await browser.close()
console.log(`wrote ${icons.length} icons to public/icons`)
