/**
 * DuplicateTally (src/node/duplicate-tally.ts): copies after the first are counted per message and
 * reported in one batch; a message we published counts every copy; the ids it remembers are
 * bounded in number and in age, so a flood of distinct ids cannot grow it.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { DuplicateTally } from '../src/node/duplicate-tally.ts'

describe('duplicate tally', () => {
  it('counts the copies after the first, per message, and reports each count once', () => {
    const t = new DuplicateTally()
    for (const id of ['a', 'a', 'b', 'a', 'c', 'b']) t.received(id)
    assert.deepEqual(t.take(), [{ id: 'a', count: 2 }, { id: 'b', count: 1 }])
    assert.deepEqual(t.take(), [], 'reported once')
    t.received('a')
    assert.deepEqual(t.take(), [{ id: 'a', count: 1 }], 'a later copy is still a duplicate')
  })

  it('counts every copy of our own message', () => {
    const t = new DuplicateTally()
    t.published('mine')
    t.received('mine')
    t.received('mine')
    assert.deepEqual(t.take(), [{ id: 'mine', count: 2 }])
  })

  it('remembers at most maxIds ids, the oldest forgotten first, and each for ttlMs', async () => {
    const t = new DuplicateTally({ maxIds: 100, ttlMs: 50 })
    for (let i = 0; i < 10_000; i++) t.received(`flood-${i}`)
    t.received('flood-0') // forgotten long ago: a first copy again
    t.received('flood-9999')
    assert.deepEqual(t.take(), [{ id: 'flood-9999', count: 1 }])
    await new Promise(resolve => setTimeout(resolve, 80))
    t.take() // forgets what is older than the TTL
    t.received('flood-9999')
    assert.deepEqual(t.take(), [], 'past the TTL the id is new again')
  })

  it('reports batches on its interval until stopped', async () => {
    const t = new DuplicateTally({ flushMs: 20 })
    const batches: unknown[] = []
    t.start(counts => { batches.push(counts) })
    t.received('x')
    t.received('x')
    await new Promise(resolve => setTimeout(resolve, 60))
    t.stop()
    t.received('x')
    await new Promise(resolve => setTimeout(resolve, 40))
    assert.deepEqual(batches, [[{ id: 'x', count: 1 }]])
  })
})
