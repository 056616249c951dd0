/**
 * NAT traversal end to end in the NAT lab (src/lab/nat): real p2p-chat processes behind nftables
 * NAT routers, a relay node and coturn on a private "internet". A port-restricted pair goes direct
 * (WebRTC, ICE with the lab's STUN server) and chats over it; a symmetric pair falls back to the
 * relay and still chats. Everything is torn down afterwards, also on SIGINT. Needs root; skips otherwise.
 */
import assert from 'node:assert/strict'
import { execFileSync, spawn } from 'node:child_process'
import { after, before, describe, it } from 'node:test'
import { listNamespaces } from '../src/lab/netns/index.ts'
import { createNatLab } from '../src/lab/nat/lab.ts'
import type { NatLab } from '../src/lab/nat/lab.ts'
import { runTrial, startRelay } from '../src/lab/nat/pair.ts'
import type { Relay } from '../src/lab/nat/pair.ts'
import { onCleanup } from './helpers/cleanup.ts'

const root = process.getuid?.() === 0
const hasCoturn = (() => { try { execFileSync('sh', ['-c', 'command -v turnserver']); return true } catch { return false } })()
const skip = !root ? 'needs root: network namespaces and nftables' : !hasCoturn ? 'needs coturn (apt-get install coturn)' : false

describe('NAT traversal in the lab', { skip }, () => {
  let lab: NatLab
  let relay: Relay

  before(async () => {
    lab = await createNatLab({ runId: `nattr${process.pid % 100000}`, routers: ['port-restricted', 'port-restricted', 'symmetric', 'symmetric'] })
    onCleanup(() => { void lab.destroy() })
    await lab.startStunServer()
    relay = await startRelay(lab)
  })
  after(async () => {
    await relay?.node.stop()
    await lab?.destroy()
  })

  it('a port-restricted pair goes direct (WebRTC) and chats over it', async () => {
    const r = await runTrial(lab, { relay, a: 0, b: 1, label: 'pr' })
    assert.equal(r.outcome, 'direct', r.detail)
    assert.match(r.detail, /\/webrtc\//)
    assert.ok(r.msToDirect != null && r.msToDirect < 5000, `time to direct ${r.msToDirect} ms`)
    assert.equal(r.chatDelivered, true)
    assert.equal(r.dmDelivered, true, 'a direct message goes the same way, acknowledged')
    // the node's /addrs shows what STUN found: the router's NAT type and public address
    assert.equal(r.aNat?.state, 'classified', JSON.stringify(r.aNat))
    assert.equal(r.aNat.type, 'port-restricted')
    assert.match(r.aNat.mapped, /^16\.0\.\d+\.\d+:\d+$/)
  })

  it('a symmetric pair says it stays on the relay, and chats over it', async () => {
    const r = await runTrial(lab, { relay, a: 2, b: 3, label: 'sym' })
    assert.equal(r.outcome, 'relayed', r.detail)
    assert.equal(r.chatDelivered, true)
    assert.equal(r.dmDelivered, true, 'a direct message over the relay, acknowledged')
    assert.equal(r.aNat?.state === 'classified' ? r.aNat.type : r.aNat?.state, 'symmetric')
  })
})

describe('NAT lab teardown on SIGINT', { skip }, () => {
  it('a process interrupted while its lab runs leaves no namespace and no process behind', async () => {
    const runId = `natint${process.pid % 100000}`
    const script = `
      const { createNatLab } = await import(${JSON.stringify(new URL('../src/lab/nat/lab.ts', import.meta.url).href)})
      const lab = await createNatLab({ runId: ${JSON.stringify(runId)}, routers: ['symmetric'] })
      await lab.startStunServer()
      process.on('SIGINT', () => process.exit(130))
      console.log('up')
      setInterval(() => {}, 1000)`
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'], detached: true })
    onCleanup(() => { try { process.kill(-(child.pid as number), 'SIGKILL') } catch { /* gone */ } })
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('lab did not come up')), 20_000)
      child.stdout.on('data', (d: Buffer) => { if (d.toString().includes('up')) { clearTimeout(timer); resolve() } })
    })
    const prefix = `p2pc-${runId}-`
    assert.ok(listNamespaces(prefix).length > 0)
    const turnBefore = execFileSync('sh', ['-c', 'pgrep -c turnserver || true']).toString().trim()
    assert.notEqual(turnBefore, '0')
    process.kill(child.pid as number, 'SIGINT')
    await new Promise(resolve => child.once('exit', resolve))
    assert.deepEqual(listNamespaces(prefix), [])
  })
})
