/** The per-peer token buckets shared by the history and DM services, on a fake clock. */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { PeerRateLimit } from '../src/node/peer-rate-limit.ts'

describe('peer rate limit', () => {
  it('allows a burst of perMinute, then refills at perMinute per minute', () => {
    let now = 1_000_000
    const limiter = new PeerRateLimit({ perMinute: 3, maxPeers: 10, now: () => now })
    assert.deepEqual([1, 2, 3, 4].map(() => limiter.take('a')), [true, true, true, false])
    now += 19_000
    assert.equal(limiter.take('a'), false)
    now += 1_000
    assert.equal(limiter.take('a'), true)
    assert.equal(limiter.take('b'), true, 'buckets are per peer')
  })

  it('refills fractions of a token over time, up to the burst', () => {
    let now = 0
    const rate = new PeerRateLimit({ perMinute: 2, maxPeers: 2, now: () => now })
    assert.deepEqual([rate.take('a'), rate.take('a'), rate.take('a')], [true, true, false])
    now += 30_000
    assert.deepEqual([rate.take('a'), rate.take('a')], [true, false], 'one token back after half a minute')
    now += 3_600_000
    assert.deepEqual([rate.take('a'), rate.take('a'), rate.take('a')], [true, true, false], 'an hour idle is still one burst')
  })

  it('keeps at most maxPeers buckets, forgetting the longest idle', () => {
    let now = 0
    const limiter = new PeerRateLimit({ perMinute: 1, maxPeers: 2, now: () => now })
    limiter.take('a')
    limiter.take('b')
    now = 1
    limiter.take('a') // a is used again: b is now the longest idle
    now = 2
    limiter.take('c')
    assert.equal(limiter.size, 2)
    now = 3
    assert.equal(limiter.take('a'), false, 'a was kept (and is empty)')
    assert.equal(limiter.take('b'), true, 'b was forgotten (fresh bucket)')
  })

  it('refills nothing, and takes nothing back, when the clock steps back', () => {
    let now = 60_000
    const limiter = new PeerRateLimit({ perMinute: 2, now: () => now })
    assert.deepEqual([limiter.take('a'), limiter.take('a')], [true, true])
    now = 0
    assert.equal(limiter.take('a'), false)
    now = 30_000
    assert.equal(limiter.take('a'), true, 'the refill counts from the stepped-back time')
  })
})
