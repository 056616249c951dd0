/** The exposition rules that keep upstream metrics lint-clean, one case each. */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { normaliseExposition } from '../src/node/exposition.ts'

describe('exposition normalisation', () => {
  it('drops _total from gauges, and uses _all where that name is taken or reserved', () => {
    const out = normaliseExposition([
      '# HELP up_things_total gauge named like a counter', '# TYPE up_things_total gauge', 'up_things_total 3',
      '# HELP handles per type', '# TYPE handles gauge', 'handles{type="Socket"} 1',
      '# HELP handles_total all handles', '# TYPE handles_total gauge', 'handles_total 4',
      '# HELP kad_bucket_total buckets', '# TYPE kad_bucket_total gauge', 'kad_bucket_total 2'
    ].join('\n'))
    assert.match(out, /^# TYPE up_things gauge$/m)
    assert.match(out, /^up_things 3$/m)
    assert.match(out, /^handles\{type="Socket"\} 1$/m)
    assert.match(out, /^handles_all 4$/m)
    assert.match(out, /^kad_bucket_all 2$/m)
  })

  it('gives counters their _total and leaves correct names alone', () => {
    const out = normaliseExposition(['# TYPE dials counter', 'dials 5', '# TYPE sent_total counter', 'sent_total 7'].join('\n'))
    assert.match(out, /^dials_total 5$/m)
    assert.match(out, /^sent_total 7$/m)
  })

  it('turns milliseconds into seconds, histogram bounds and sums included, counts untouched', () => {
    const out = normaliseExposition([
      '# TYPE rtt_milliseconds histogram',
      'rtt_milliseconds_bucket{le="5"} 2', 'rtt_milliseconds_bucket{le="+Inf"} 3',
      'rtt_milliseconds_sum 12.5', 'rtt_milliseconds_count 3',
      '# TYPE lag_milliseconds gauge', 'lag_milliseconds{stat="p99"} 250'
    ].join('\n'))
    assert.match(out, /^# TYPE rtt_seconds histogram$/m)
    assert.match(out, /^rtt_seconds_bucket\{le="0\.005"\} 2$/m)
    assert.match(out, /^rtt_seconds_bucket\{le="\+Inf"\} 3$/m)
    assert.match(out, /^rtt_seconds_sum 0\.0125$/m)
    assert.match(out, /^rtt_seconds_count 3$/m)
    assert.match(out, /^lag_seconds\{stat="p99"\} 0\.25$/m)
  })

  it('writes label names in snake_case, values untouched', () => {
    const out = normaliseExposition(['# TYPE mesh gauge', 'mesh{topicStr="lobbyRoom"} 2'].join('\n'))
    assert.match(out, /^mesh\{topic_str="lobbyRoom"\} 2$/m)
  })
})
