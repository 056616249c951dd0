/** How the reports write numbers: one formatter each, so report.md's sections agree. */

/** `v` with `digits` decimals at most, thousands separated, and its unit; n/a for a missing value. */
export const fmt = (v: number | null | undefined, unit = '', digits = 1): string =>
  v === null || v === undefined || !Number.isFinite(v) ? 'n/a' : `${Number(v.toFixed(digits)).toLocaleString('en-US')}${unit}`

/** A ratio 0..1 as a percentage. */
export const pct = (v: number | null | undefined, digits = 2): string => v === null || v === undefined ? 'n/a' : `${(v * 100).toFixed(digits)} %`
