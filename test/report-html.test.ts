/**
 * report.html in a real headless browser (Debian's chromium, driven by playwright-core): the page
 * loads from disk with no request leaving it, every chart renders, a screenshot is not blank, the
 * fault-window checkbox hides the windows, and the wheel zooms a time axis.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import type { Browser, Page } from 'playwright-core'
import { cleanupTempDir, onCleanup } from './helpers/cleanup.ts'
import { writeBulkRun } from './fixtures/run-small/generate.ts'
import { processRun } from '../src/harness/pipeline.ts'
import { PLOT_FILES } from '../src/harness/plots/index.ts'

const CHROMIUM = '/usr/bin/chromium'
const root = mkdtempSync(join(tmpdir(), 'p2p-chat-report-html-'))
cleanupTempDir(root)
after(() => { rmSync(root, { recursive: true, force: true }) })

const dir = join(root, 'run')
before(async () => {
  writeBulkRun(dir, { nodes: 20, messages: 200, seed: 3 })
  await processRun(dir)
})

/** Share of the decoded PNG's bytes that are neither white nor a zero filter residue: ~0 when blank. */
function inkShare (png: Buffer): number {
  const idat: Buffer[] = []
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at)
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length))
    at += 12 + length
  }
  const raw = inflateSync(Buffer.concat(idat))
  let ink = 0
  for (const b of raw) if (b !== 0 && b !== 255) ink++
  return ink / raw.length
}

describe('report.html, static', () => {
  it('is self-contained: the libraries and every chart spec inline, no URL to load', () => {
    const html = readFileSync(join(dir, 'report.html'), 'utf8')
    assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+href=|<img[^>]+src="https?:/i)
    for (const file of PLOT_FILES) assert.ok(html.includes(`data-file="${file}"`), `${file} has its chart`)
    assert.match(html, /<h1>/)
  })
})

describe('report.html in headless chromium', { skip: existsSync(CHROMIUM) ? false : `needs ${CHROMIUM} (apt-get install chromium; scripts/ensure-test-tools.sh does it as root)` }, () => {
  let browser: Browser
  let page: Page
  const outside: string[] = []

  before(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      // as root chromium needs --no-sandbox; the rest keeps it from calling home (playwright gives it a fresh profile)
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    })
    onCleanup(() => { void browser.close() })
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } })
    page.on('request', r => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) outside.push(r.url()) })
    await page.goto(`file://${join(dir, 'report.html')}`)
    await page.waitForFunction(() => (window as any).chartsRendered + (window as any).chartErrors.length >= document.querySelectorAll('.chart').length, null, { timeout: 30_000 })
  })
  after(async () => { await browser?.close() })

  it('renders every chart, with no request leaving the page', async () => {
    assert.deepEqual(await page.evaluate(() => (window as any).chartErrors), [])
    assert.equal(await page.evaluate(() => (window as any).chartsRendered), PLOT_FILES.length)
    const marks = await page.$$eval('.chart', els => els.map(el => el.querySelectorAll('svg .role-mark path, svg .role-mark rect, svg .role-mark line').length))
    marks.forEach((n, i) => assert.ok(n > 0, `${PLOT_FILES[i]}: no marks drawn`))
    assert.deepEqual(outside, [])
  })

  it('draws something: a screenshot of each chart is not blank', async () => {
    const charts = page.locator('.chart')
    for (let i = 0; i < PLOT_FILES.length; i++) {
      const share = inkShare(await charts.nth(i).screenshot())
      assert.ok(share > 0.01, `${PLOT_FILES[i]}: screenshot blank (${share})`)
    }
  })

  it('the checkbox hides and shows the fault windows', async () => {
    const chart = page.locator('.chart[data-file="delivery-over-time.png"]')
    const visibleWindows = async (): Promise<number> => await chart.evaluate(el => [...el.querySelectorAll('.mark-rect path')].filter(p => p.getAttribute('opacity') !== '0').length)
    const before = await visibleWindows()
    assert.ok(before > 0, 'the simulated run has fault windows')
    await page.uncheck('#show-faults')
    await page.waitForFunction(() => [...document.querySelectorAll('.chart[data-file="delivery-over-time.png"] .mark-rect path')].every(p => p.getAttribute('opacity') === '0'), null, { timeout: 5_000 })
    await page.check('#show-faults')
    await page.waitForFunction(n => [...document.querySelectorAll('.chart[data-file="delivery-over-time.png"] .mark-rect path')].filter(p => p.getAttribute('opacity') !== '0').length === n, before, { timeout: 5_000 })
  })

  it('the wheel zooms a time axis', async () => {
    const chart = page.locator('.chart[data-file="latency-over-time.png"]')
    const ticks = async (): Promise<string> => await chart.evaluate(el => [...el.querySelectorAll('.role-axis-label text')].map(t => t.textContent).join(','))
    const before = await ticks()
    await chart.scrollIntoViewIfNeeded() // off screen, the wheel would scroll the page instead
    const box = (await chart.locator('svg').boundingBox())!
    await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.4)
    await page.mouse.wheel(0, -400)
    await page.waitForFunction(([sel, old]) => [...document.querySelectorAll(`${sel} .role-axis-label text`)].map(t => t.textContent).join(',') !== old, ['.chart[data-file="latency-over-time.png"]', before] as const, { timeout: 5_000 })
  })
})
