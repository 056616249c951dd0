/**
 * vega-lite spec -> vega View (no renderer, no DOM) -> SVG -> PNG via resvg with the system
 * DejaVu fonts on white. Data arrives already reduced (see data.ts), so a chart renders in well
 * under a second whatever the run's size.
 */
import { writeFile, rename } from 'node:fs/promises'
import { Resvg } from '@resvg/resvg-js'
import * as vega from 'vega'
import * as vl from 'vega-lite'
import type { TopLevelSpec } from 'vega-lite'

export const FONT = 'DejaVu Sans'

/** Shared look: readable fonts, light grid, no chart border. */
export const CHART_CONFIG = {
  font: FONT,
  background: 'white',
  view: { stroke: null },
  title: { fontSize: 15, subtitleFontSize: 11, subtitleColor: '#555', anchor: 'start' as const, offset: 10 },
  axis: { labelFontSize: 11, titleFontSize: 12, gridColor: '#e6e6e6' },
  legend: { labelFontSize: 11, titleFontSize: 12, labelLimit: 0, titleLimit: 0 }
}

export async function specToSvg (spec: TopLevelSpec, scale: number): Promise<string> {
  const compiled = vl.compile({ ...spec, config: { ...CHART_CONFIG, ...(spec.config ?? {}) } } as TopLevelSpec).spec
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' })
  try {
    return await view.toSVG(scale)
  } finally {
    view.finalize()
  }
}

export function svgToPng (svg: string): Buffer {
  return new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: FONT }, background: 'white' }).render().asPng()
}

export async function renderPng (spec: TopLevelSpec, path: string, scale: number): Promise<void> {
  const png = svgToPng(await specToSvg(spec, scale))
  await writeFile(`${path}.tmp`, png)
  await rename(`${path}.tmp`, path)
}
