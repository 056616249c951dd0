/**
 * The netem renderer (src/harness/netem.ts): the link matrix as `tc` commands for clusters whose
 * kernel has netem. Pure: runs everywhere, needs no root.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { netemArgs, renderNetemCommands } from '../src/harness/netem.ts'

describe('netem renderer', () => {
  it('shapes each destination through its own netem class, grouping equal links', () => {
    const plans = renderNetemCommands(
      [{ address: '10.0.0.1', rateMbit: 50 }, { address: '10.0.0.2', device: 'net1' }, { address: '10.0.0.3' }],
      { delayMs: [[0, 25, 25], [10, 0, 0], [40, 40, 0]], jitterMs: [[0, 5, 5], [0, 0, 0], [0, 0, 0]], lossPct: [[0, 1, 1], [0, 0, 0], [0.25, 0, 0]] }
    )
    assert.deepEqual(plans[0].commands, [
      'tc qdisc del dev eth0 root 2>/dev/null || true',
      'tc qdisc add dev eth0 root handle 1: htb default 10',
      'tc class add dev eth0 parent 1: classid 1:1 htb rate 50mbit ceil 50mbit',
      'tc class add dev eth0 parent 1:1 classid 1:10 htb rate 50mbit ceil 50mbit',
      'tc class add dev eth0 parent 1:1 classid 1:100 htb rate 50mbit ceil 50mbit',
      'tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 25ms 5ms loss random 1% limit 100000',
      'tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.0.0.2/32 flowid 1:100',
      'tc filter add dev eth0 parent 1: protocol ip prio 1 u32 match ip dst 10.0.0.3/32 flowid 1:100'
    ])
    // a zero link gets no class: its packets take the unshaped default class
    assert.equal(plans[1].commands.filter(c => c.includes('netem')).length, 1)
    assert.ok(plans[1].commands.every(c => !c.includes('10.0.0.3/32')))
    assert.ok(plans[1].commands.some(c => c.startsWith('tc qdisc add dev net1 root')))
    assert.equal(plans[2].commands.filter(c => c.includes(' netem ')).length, 2)
    assert.ok(plans[2].commands.includes('tc qdisc add dev eth0 parent 1:101 handle 101: netem delay 40ms limit 100000'))
    assert.ok(plans[2].commands.includes('tc qdisc add dev eth0 parent 1:100 handle 100: netem delay 40ms loss random 0.25% limit 100000'))
  })

  it('rejects matrices of the wrong size and invalid values', () => {
    assert.throws(() => renderNetemCommands([{ address: 'a' }, { address: 'b' }], { delayMs: [[0, 1]] }), /delayMs must be 2 x 2/)
    assert.throws(() => netemArgs(-1, 0, 0), /delay must be a number >= 0/)
    assert.throws(() => netemArgs(1, 0, 101), /loss must be at most 100/)
  })
})
