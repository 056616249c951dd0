/**
 * report.html: report.md as one self-contained page whose charts a reader can hover (tooltips),
 * zoom and pan (drag, wheel; double-click resets) and whose fault windows a checkbox shows or hides.
 * The vega-lite specs of the PNGs, data inlined, and the vega and vega-lite builds from
 * node_modules are embedded: the page opens from disk with no network access.
 */
import { readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { chartSpecs } from './plots/index.ts'
import { markdownToHtml } from './markdown.ts'
import { CHART_CONFIG } from './plots/render.ts'

/** A script's text made safe to sit inside <script>: it must not end the element early. */
const inlineScript = (js: string): string => js.replace(/<\/(script)/gi, '<\\/$1')

/** The browser build beside the package's entry point (build/; the packages export no other path). */
async function library (name: 'vega' | 'vega-lite'): Promise<string> {
  return await readFile(new URL(`${name}.min.js`, import.meta.resolve(name)), 'utf8')
}

const eligibleForZoom = (unit: any): boolean =>
  unit.encoding?.x?.type === 'quantitative' && unit.encoding.x.bin === undefined && unit.encoding?.y?.aggregate === undefined

/** A shaded fault window: the only marks with an x2 */
const isFaultLayer = (unit: any): boolean => unit.encoding?.x2 !== undefined

/** Adds tooltips to every mark and an x zoom to the first data layer of each view. */
function interactive (spec: any, ids: { next: number }): any {
  if (Array.isArray(spec.vconcat)) return { ...spec, vconcat: spec.vconcat.map((s: any) => interactive(s, ids)) }
  if (Array.isArray(spec.layer)) {
    let zoomed = false
    const layer = spec.layer.map((l: any) => {
      const out = withTooltip(l)
      if (!zoomed && !isFaultLayer(l) && l.mark !== undefined && eligibleForZoom(l)) {
        zoomed = true
        return { ...out, params: [...(out.params ?? []), zoomParam(ids)] }
      }
      return out
    })
    return { ...spec, layer }
  }
  const out = withTooltip(spec)
  return eligibleForZoom(spec) ? { ...out, params: [...(out.params ?? []), zoomParam(ids)] } : out
}

function withTooltip (unit: any): any {
  if (Array.isArray(unit.layer)) return { ...unit, layer: unit.layer.map(withTooltip) }
  if (unit.mark === undefined) return unit
  const mark = typeof unit.mark === 'string' ? { type: unit.mark } : unit.mark
  return { ...unit, mark: { ...mark, tooltip: isFaultLayer(unit) ? { content: 'data' } : true } }
}

const zoomParam = (ids: { next: number }): object => ({ name: `zoom${ids.next++}`, select: { type: 'interval', encodings: ['x'] }, bind: 'scales' })

const STYLE = `body { font: 15px/1.5 'DejaVu Sans', system-ui, sans-serif; max-width: 1100px; margin: 2em auto; padding: 0 1em; color: #222 }
table { border-collapse: collapse; margin: 1em 0 } td, th { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: left; vertical-align: top }
blockquote { border-left: 4px solid #d55e00; margin: 1em 0; padding: 0.2em 1em; background: #fff4ec }
.chart { margin: 0.5em 0 2em } .controls { position: sticky; top: 0; background: #fff; padding: 0.4em 0; border-bottom: 1px solid #eee; z-index: 1 }
code { background: #f3f3f3; padding: 0 0.2em }`

/** vega-lite -> vega in the page, one View per chart; window.chartsRendered counts the finished ones (tests wait on it). */
const BOOT = `(function () {
  var specs = JSON.parse(document.getElementById('chart-specs').textContent)
  var views = []
  window.chartsRendered = 0
  window.chartErrors = []
  document.querySelectorAll('.chart').forEach(function (el) {
    var compiled = vegaLite.compile(specs[el.dataset.file]).spec
    var view = new vega.View(vega.parse(compiled), { renderer: 'svg', container: el, hover: true })
    views.push(view)
    view.runAsync().then(function () { window.chartsRendered++ }, function (err) { window.chartErrors.push(el.dataset.file + ': ' + err) })
  })
  document.getElementById('show-faults').addEventListener('change', function (e) {
    views.forEach(function (v) { try { v.signal('showFaults', e.target.checked).runAsync() } catch (err) { /* a chart without fault windows */ } })
  })
})()`

/** Writes RUN_DIR/report.html from RUN_DIR/report.md and the run's charts; returns its path. */
export async function writeHtmlReport (runDir: string): Promise<string> {
  const specs = Object.fromEntries((await chartSpecs(runDir)).map(([file, spec]) => [file, { ...interactive(spec, { next: 0 }), config: CHART_CONFIG }]))
  const markdown = await readFile(join(runDir, 'report.md'), 'utf8')
  const title = /^# (.*)$/m.exec(markdown)?.[1] ?? 'Experiment report'
  const body = markdownToHtml(markdown, file => file in specs ? `<div class="chart" data-file="${file}"></div>` : undefined)
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title.replace(/</g, '&lt;')}</title>
<style>${STYLE}</style>
<script>${inlineScript(await library('vega'))}</script>
<script>${inlineScript(await library('vega-lite'))}</script>
</head><body>
<div class="controls"><label><input type="checkbox" id="show-faults" checked> show fault windows</label> · hover a mark for its values; drag or scroll to zoom a time or latency axis, double-click to reset</div>
${body}
<script type="application/json" id="chart-specs">${JSON.stringify(specs).replace(/</g, '\\u003c')}</script>
<script>${BOOT}</script>
</body></html>
`
  const path = join(runDir, 'report.html')
  await writeFile(`${path}.tmp`, html)
  await rename(`${path}.tmp`, path)
  return path
}
