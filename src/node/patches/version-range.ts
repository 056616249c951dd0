/**
 * The few semver ranges the patch table uses, checked without a semver dependency: comparators
 * `1.2.3` (exact), `>=1.2.3`, `>1.2.3`, `<=1.2.3`, `<1.2.3` (`<9` and `<0.34` read as `<9.0.0` and
 * `<0.34.0`, as semver does), separated by spaces (all must hold), alternatives separated by `||`. A pre-release version (`1.2.3-rc.1`) satisfies only an exact
 * comparator that names it: a patch written for a release says nothing about a pre-release.
 */

type Triple = [number, number, number]

const VERSION = /^(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/
const COMPARATOR = /^(>=|<=|>|<|=)?(\d+(?:\.\d+){0,2}(?:-[0-9A-Za-z.-]+)?)$/

function parse (version: string): { triple: Triple, pre: boolean } | undefined {
  const m = VERSION.exec(version.trim())
  if (m == null) return undefined
  return { triple: [Number(m[1]), Number(m[2]), Number(m[3])], pre: m[4] != null }
}

function compare (a: Triple, b: Triple): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1
  return 0
}

/** Throws on a range this checker does not understand (a typo in the table must not pass). */
export function satisfies (version: string, range: string): boolean {
  const v = parse(version)
  if (v == null) return false
  return range.split('||').some(alternative => {
    const comparators = alternative.trim().split(/\s+/).filter(Boolean)
    if (comparators.length === 0) throw new RangeError(`version range '${range}': empty alternative`)
    return comparators.every(c => {
      const m = COMPARATOR.exec(c)
      if (m == null) throw new RangeError(`version range '${range}': cannot read '${c}'`)
      const op = m[1] ?? '='
      const parts = m[2].split('-')[0].split('.').length
      // a partial bound is read as semver reads it only after `<` and `>=`; elsewhere it is refused
      if (parts < 3 && op !== '<' && op !== '>=') throw new RangeError(`version range '${range}': '${c}' needs a full version`)
      const full = parts === 3 ? m[2] : [...m[2].split('.'), '0', '0'].slice(0, 3).join('.')
      if (op === '=') return version.trim() === full
      if (v.pre) return false
      const bound = parse(full)!
      const order = compare(v.triple, bound.triple)
      return op === '>=' ? order >= 0 : op === '>' ? order > 0 : op === '<=' ? order <= 0 : order < 0
    })
  })
}
