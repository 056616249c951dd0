/**
 * The release workflow (.github/workflows/release-sweep.yml) cannot run here (no GitHub runner); it
 * is checked offline: the workflow against GitHub's schema (action-validator, from npm), a broken
 * copy refused, and the sweep it runs planned (every variant a valid spec, runner local).
 */
import { describe, it, after } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import { planSweep } from '../src/harness/sweep.ts'

const repo = fileURLToPath(new URL('..', import.meta.url))
const WORKFLOW = join(repo, '.github', 'workflows', 'release-sweep.yml')
const validator = join(repo, 'node_modules', '.bin', 'action-validator')
const scratch = mkdtempSync(join(tmpdir(), 'p2p-chat-workflow-'))
after(() => { rmSync(scratch, { recursive: true, force: true }) })

const validate = (path: string): { status: number | null, out: string } => {
  const r = spawnSync(validator, [path], { encoding: 'utf8' })
  return { status: r.status, out: r.stdout + r.stderr }
}

describe('release workflow', () => {
  it('is a valid GitHub Actions workflow, and a broken copy is not', () => {
    const ok = validate(WORKFLOW)
    assert.equal(ok.status, 0, ok.out)
    const broken = join(scratch, 'broken.yml')
    writeFileSync(broken, readFileSync(WORKFLOW, 'utf8').replace('runs-on:', 'runs_on:'))
    assert.notEqual(validate(broken).status, 0, 'the validator refuses a job without runs-on')
  })

  it('runs, bundles and verifies the sweep of docs/sweeps/release.yaml on a tag, and attaches the bundle', () => {
    const wf = parseYaml(readFileSync(WORKFLOW, 'utf8'))
    assert.deepEqual(wf.on.push.tags, ['v*'])
    const steps: string = wf.jobs.sweep.steps.map((s: any) => s.run ?? '').join('\n')
    for (const command of ['experiment run docs/sweeps/release.yaml', 'experiment bundle', 'experiment verify', 'gh release upload']) assert.ok(steps.includes(command), command)
    const plan = planSweep(parseYaml(readFileSync(join(repo, 'docs', 'sweeps', 'release.yaml'), 'utf8')))
    assert.equal(plan.runs.length, 2 * 2 * 2)
    assert.ok(plan.runs.every(r => r.spec.runner === 'local'), 'a hosted runner needs no namespaces')
  })
})
