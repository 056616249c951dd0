/**
 * A one-shot sender (`--publish TEXT --once`, or `--publish` with stdin at its end) as a script sees
 * it: no REPL hint on stdout, no "stopping" line, and a failure is exactly one line on stderr.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { runCli } from './helpers/cli.ts'

const ALONE = ['--tcp-only', '--listen', '/ip4/127.0.0.1/tcp/0', '--room', 'nobody-here', '--publish', 'anyone?', '--publish-timeout', '1']

describe('a one-shot sender with nobody to reach', () => {
  for (const [what, extra] of [['--once', ['--once']], ['stdin at its end', []]] as const) {
    it(`${what}: exit 1, one stderr line, no REPL hint`, async () => {
      const { code, stdout, stderr } = await runCli([...ALONE, ...extra])
      assert.equal(code, 1, stderr)
      assert.deepEqual(stderr.trim().split('\n').length, 1, `stderr: ${stderr}`)
      assert.match(stderr, /--publish: nobody joined room "nobody-here" within 1 s; the message was not sent/)
      assert.doesNotMatch(stdout + stderr, /type a line|stopping/)
      assert.match(stdout, /joined room "nobody-here"\n/)
    })
  }
})
