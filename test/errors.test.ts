/**
 * Every error class of the project extends ChatError (src/node/errors.ts) and names itself
 * (`static name` = its class name, which its instances take as `name`), so the CLI prints any of
 * them as one line (src/cli/error-line.ts) without a list of classes.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { ChatError, IdentityFileError, InvalidConfigError } from '../src/node/errors.ts'
import { NetnsError, DelayerBuildError } from '../src/lab/netns/errors.ts'
import { UsageError } from '../src/cli/args.ts'
import { errorLine } from '../src/cli/error-line.ts'

const SRC = fileURLToPath(new URL('../src', import.meta.url))

function tsFiles (dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return tsFiles(path)
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path] : []
  })
}

/** every `class X extends YError` of src/, exported or not */
const declared = tsFiles(SRC).flatMap(file => {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(/^(export )?class (\w+) extends (\w*Error)\b[^{]*\{([\s\S]*?)^\}/gm)]
    .map(([, exported, name, base, body]) => ({ file: relative(SRC, file), exported: exported != null, name, base, body }))
})

describe('error classes', () => {
  it('finds the error classes of src/', () => {
    assert.ok(declared.length >= 15, `only ${declared.length}: ${declared.map(c => c.name).join(', ')}`)
    for (const name of ['NetnsError', 'DelayerBuildError', 'RunDirError', 'NodeIndexError', 'UsageError', 'SpecError', 'HarnessError']) {
      assert.ok(declared.some(c => c.name === name), `${name} not found`)
    }
  })

  it('only ChatError extends Error itself; every class declares static name = its class name', () => {
    const bad = declared.flatMap(c => [
      ...(c.base === 'Error' && c.name !== 'ChatError' ? [`src/${c.file}: ${c.name} extends Error, not ChatError`] : []),
      ...(c.body.includes(`static name = '${c.name}'`) ? [] : [`src/${c.file}: ${c.name} has no static name = '${c.name}'`])
    ])
    assert.deepEqual(bad, [])
  })

  it('every exported error class, imported, extends ChatError and names its instances', async () => {
    const files = [...new Set(declared.filter(c => c.exported).map(c => c.file))]
    const checked: string[] = []
    for (const file of files) {
      const mod: Record<string, unknown> = await import(pathToFileURL(join(SRC, file)).href)
      for (const [exportName, value] of Object.entries(mod)) {
        if (typeof value !== 'function' || !(value.prototype instanceof Error)) continue
        assert.ok(value === ChatError || value.prototype instanceof ChatError, `src/${file}: ${exportName} does not extend ChatError`)
        assert.equal(value.name, exportName, `src/${file}: static name of ${exportName}`)
        checked.push(exportName)
      }
    }
    for (const c of declared.filter(c => c.exported)) assert.ok(checked.includes(c.name), `${c.name} (src/${c.file}) not exported as a class`)
    const delayer = new DelayerBuildError('gcc not found')
    assert.equal(delayer.name, 'DelayerBuildError')
    assert.ok(delayer instanceof NetnsError && delayer instanceof ChatError)
  })
})

describe('errorLine: the CLI\'s one line for a failure', () => {
  it('a NetnsError: one line with its name, a multi-line message joined', () => {
    const line = errorLine(new NetnsError('nft -f - failed (exit 1):\nError: syntax error\n  add rule ...'))
    assert.equal(line, 'p2p-chat: NetnsError: nft -f - failed (exit 1): | Error: syntax error | add rule ...')
    assert.equal(errorLine(new DelayerBuildError('delayer: gcc not found')), 'p2p-chat: DelayerBuildError: delayer: gcc not found')
  })

  it('errors whose message starts with the culprit keep the line they always had', () => {
    assert.equal(errorLine(new InvalidConfigError('--metrics 1.2.3.4:9', 'no such local address')), 'p2p-chat: --metrics 1.2.3.4:9: no such local address')
    assert.equal(errorLine(new IdentityFileError('/k', 'missing')), 'p2p-chat: identity file /k: missing')
    assert.equal(errorLine(new UsageError('--once needs --publish TEXT')), 'p2p-chat: --once needs --publish TEXT (p2p-chat --help lists the options)')
  })

  it('anything else is an unexpected error, one line unless the stack is asked for', () => {
    assert.equal(errorLine(new TypeError('x is not a function\n  more'), false), 'p2p-chat: unexpected error: TypeError: x is not a function (set P2P_CHAT_STACK=1 for the stack trace)')
    assert.match(errorLine(new Error('boom'), true), /^p2p-chat: unexpected error: Error: boom\n\s+at /)
  })
})
