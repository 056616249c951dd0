/**
 * The wall clock that publish and receive timestamps use: sub-millisecond, and never more than a
 * millisecond from Date.now(), including after a pause longer than the old one-second re-anchor
 * (which snapped every timestamp of a slow experiment to whole milliseconds).
 */
import { it } from 'node:test'
import assert from 'node:assert/strict'
import { setTimeout as delay } from 'node:timers/promises'
import { wallClockMs } from '../src/node/wall-clock.ts'

function sample (): { t: number, before: number, after: number } {
  const before = Date.now()
  const t = wallClockMs()
  const after = Date.now()
  return { t, before, after }
}

it('stays within the millisecond Date.now() reports and keeps sub-millisecond steps, also after a pause of more than a second', async () => {
  const samples: Array<ReturnType<typeof sample>> = []
  for (let round = 0; round < 3; round++) {
    samples.push(sample())
    await delay(1_100)
  }
  for (let i = 0; i < 2_000; i++) samples.push(sample())
  for (const { t, before, after } of samples) {
    assert.ok(t >= before && t < after + 1, `${t} outside [${before}, ${after + 1})`)
  }
  // the samples taken right after a pause are the ones the old clock returned as whole milliseconds
  assert.ok(samples.slice(0, 3).every(s => !Number.isInteger(s.t)), 'timestamps after a pause are sub-millisecond')
  // the estimate narrows to well under a millisecond: consecutive readings step by microseconds
  const steps = samples.slice(4).map((s, i) => s.t - samples[i + 3].t)
  assert.ok(steps.every(d => d > -0.5), 'never steps back by half a millisecond or more')
})
