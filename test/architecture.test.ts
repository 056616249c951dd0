/**
 * The walls between the folders of src/ (README, "Map of the code"), checked on the source text:
 * every relative import of every .ts file under src/ (static `from '...'`, side-effect `import '...'`
 * and dynamic `import('...')`, type-only imports included) is resolved to a file, and
 *
 *   node     the library (NAT runtime included)   may import node only
 *   lab      namespaces, delayer, NAT lab          may import lab, node
 *   interop  the gossipsub-interop node            may import interop, node
 *   harness  experiments                           may import harness, interop, lab, node
 *   cli      the edges                             may import everything
 *
 * and the import graph has no cycle. A failure names the importing file and the import.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const SRC = join(ROOT, 'src')

export const MAY_IMPORT: Record<string, readonly string[]> = {
  node: ['node'],
  lab: ['lab', 'node'],
  interop: ['interop', 'node'],
  harness: ['harness', 'interop', 'lab', 'node'],
  cli: ['cli', 'interop', 'harness', 'lab', 'node']
}

interface Edge { from: string, to: string, spec: string }

function tsFiles (dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return tsFiles(path)
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path] : []
  })
}

/** relative module specifiers of one source text, comments removed first */
export function importsOf (source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
  const specs: string[] = []
  for (const re of [/\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]/g, /\bimport\s*\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g, /^\s*import\s*['"](\.{1,2}\/[^'"]+)['"]/gm]) {
    for (const m of code.matchAll(re)) specs.push(m[1])
  }
  return specs
}

/** src-relative path ('node/nat/traversal.ts') -> its top folder ('node') */
const layerOf = (file: string): string => file.split('/')[0]

/** the import graph of src/: src-relative, '/'-separated paths */
function graph (): { files: string[], edges: Edge[] } {
  const files = tsFiles(SRC).map(f => relative(SRC, f).split(sep).join('/')).sort()
  const edges: Edge[] = []
  for (const from of files) {
    for (const spec of importsOf(readFileSync(join(SRC, from), 'utf8'))) {
      const target = resolve(SRC, dirname(from), spec)
      edges.push({ from, spec, to: relative(SRC, target).split(sep).join('/') })
    }
  }
  return { files, edges }
}

/** one line per import that crosses a wall the wrong way */
export function wallViolations (edges: Edge[]): string[] {
  const out: string[] = []
  for (const e of edges) {
    const from = layerOf(e.from)
    const allowed = MAY_IMPORT[from]
    if (allowed == null) { out.push(`src/${e.from}: folder src/${from}/ is not on the map (MAY_IMPORT)`); continue }
    if (e.to.startsWith('..')) { out.push(`src/${e.from}: import '${e.spec}' leaves src/`); continue }
    if (!allowed.includes(layerOf(e.to))) out.push(`src/${e.from}: import '${e.spec}' (src/${e.to}): ${from} may import ${allowed.join(', ')} only`)
  }
  return out
}

/** every cycle found by a depth-first search, as 'a -> b -> a' */
export function cycles (edges: Edge[]): string[] {
  const next = new Map<string, string[]>()
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to])
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const found: string[] = []
  const visit = (file: string): void => {
    state.set(file, 'open')
    stack.push(file)
    for (const to of next.get(file) ?? []) {
      const s = state.get(to)
      if (s === 'open') found.push([...stack.slice(stack.indexOf(to)), to].map(f => `src/${f}`).join(' -> '))
      else if (s == null) visit(to)
    }
    stack.pop()
    state.set(file, 'done')
  }
  for (const file of [...next.keys()].sort()) if (!state.has(file)) visit(file)
  return found
}

describe('architecture of src/', () => {
  const { files, edges } = graph()

  it('reads the imports of every file', () => {
    assert.ok(files.length > 50, `only ${files.length} files under src/`)
    assert.ok(edges.length > 100, `only ${edges.length} relative imports under src/`)
    assert.deepEqual(Object.keys(MAY_IMPORT).sort(), [...new Set(files.map(layerOf))].filter(l => !l.endsWith('.ts')).sort(), 'every folder of src/ is on the map')
  })

  it('every relative import resolves to a file', () => {
    const missing = edges.filter(e => !existsSync(join(SRC, e.to))).map(e => `src/${e.from}: import '${e.spec}' not found`)
    assert.deepEqual(missing, [])
  })

  it('no import crosses a wall: node <- lab <- harness <- cli', () => {
    assert.deepEqual(wallViolations(edges), [])
  })

  it('no import cycle', () => {
    assert.deepEqual(cycles(edges), [])
  })

  it('the checks catch a forbidden import and a cycle', () => {
    const text = "import type { X } from '../cli/args.ts'\n// import { y } from '../cli/no.ts'\nconst m = await import('../harness/spec.ts')\nimport './side.ts'"
    assert.deepEqual(importsOf(text), ['../cli/args.ts', '../harness/spec.ts', './side.ts'])
    assert.deepEqual(wallViolations([
      { from: 'node/a.ts', to: 'cli/args.ts', spec: '../cli/args.ts' },
      { from: 'lab/b.ts', to: 'harness/spec.ts', spec: '../harness/spec.ts' },
      { from: 'harness/c.ts', to: 'cli/main.ts', spec: '../cli/main.ts' },
      { from: 'cli/d.ts', to: 'node/e.ts', spec: '../node/e.ts' }
    ]), [
      "src/node/a.ts: import '../cli/args.ts' (src/cli/args.ts): node may import node only",
      "src/lab/b.ts: import '../harness/spec.ts' (src/harness/spec.ts): lab may import lab, node only",
      "src/harness/c.ts: import '../cli/main.ts' (src/cli/main.ts): harness may import harness, interop, lab, node only"
    ])
    assert.deepEqual(cycles([
      { from: 'node/a.ts', to: 'node/b.ts', spec: './b.ts' },
      { from: 'node/b.ts', to: 'node/c.ts', spec: './c.ts' },
      { from: 'node/c.ts', to: 'node/a.ts', spec: './a.ts' }
    ]), ['src/node/a.ts -> src/node/b.ts -> src/node/c.ts -> src/node/a.ts'])
  })
})
