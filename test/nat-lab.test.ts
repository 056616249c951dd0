/**
 * The NAT lab (src/lab/nat) and the STUN client against a real STUN server (coturn, in the lab):
 * the mapped address is the router's public address, the classification matches the router's NAT
 * type, the lab has no way out, and everything is gone afterwards. Needs root; skips otherwise.
 */
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { after, before, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { listNamespaces } from '../src/lab/netns/index.ts'
import { createNatLab } from '../src/lab/nat/lab.ts'
import type { NatLab } from '../src/lab/nat/lab.ts'
import { NAT_TYPES, renderRouterTable } from '../src/lab/nat/nat-rules.ts'
import { decodeMessage, encodeAddress, encodeBindingRequest, newTransactionId, parseBindingResponse, MAGIC_COOKIE } from '../src/node/nat/stun/message.ts'
import { parseStunServer } from '../src/node/nat/stun/client.ts'
import { onCleanup } from './helpers/cleanup.ts'

const root = process.getuid?.() === 0
const hasCoturn = (() => { try { execFileSync('sh', ['-c', 'command -v turnserver']); return true } catch { return false } })()
const skip = !root ? 'needs root: network namespaces and nftables' : !hasCoturn ? 'needs coturn (apt-get install coturn)' : false
const PROBE = fileURLToPath(new URL('../src/node/nat/stun/probe.ts', import.meta.url))

describe('STUN messages', () => {
  it('round-trips a Binding response with XOR-MAPPED-ADDRESS and RFC 5780 attributes', () => {
    const id = newTransactionId()
    const req = encodeBindingRequest(id, { ip: true, port: false })
    const decoded = decodeMessage(req)
    assert.equal(decoded.type, 0x0001)
    assert.deepEqual(decoded.transactionId, id)
    assert.deepEqual([...decoded.attributes[0].value], [0, 0, 0, 4])
    const attr = (type: number, value: Buffer): Buffer => {
      const h = Buffer.alloc(4); h.writeUInt16BE(type, 0); h.writeUInt16BE(value.length, 2)
      return Buffer.concat([h, value])
    }
    const body = Buffer.concat([
      attr(0x0020, encodeAddress({ family: 'IPv4', address: '16.0.1.3', port: 40000 }, id)),
      attr(0x802c, encodeAddress({ family: 'IPv4', address: '16.0.0.3', port: 3479 }))
    ])
    const header = Buffer.alloc(20)
    header.writeUInt16BE(0x0101, 0); header.writeUInt16BE(body.length, 2); header.writeUInt32BE(MAGIC_COOKIE, 4); id.copy(header, 8)
    const res = parseBindingResponse(decodeMessage(Buffer.concat([header, body])))
    assert.deepEqual(res.mapped, { family: 'IPv4', address: '16.0.1.3', port: 40000 })
    assert.deepEqual(res.otherAddress, { family: 'IPv4', address: '16.0.0.3', port: 3479 })
  })

  it('refuses garbage and names a bad server flag value', () => {
    assert.throws(() => decodeMessage(Buffer.from('not a stun message at all')), /not a STUN message/)
    assert.deepEqual(parseStunServer('16.0.0.2:3478'), { host: '16.0.0.2', port: 3478 })
    assert.deepEqual(parseStunServer('stun.example.org'), { host: 'stun.example.org', port: 3478 })
    assert.throws(() => parseStunServer('host:99999'), /"host:99999"/)
  })

  it('renders one nft table per NAT type', () => {
    for (const type of NAT_TYPES) {
      const t = renderRouterTable({ type, lan: 'lan0', wan: 'wan0', insideAddress: '192.168.100.2' })
      assert.match(t, /ct state new drop/)
      assert.equal(t.includes('fully-random'), type === 'symmetric')
    }
  })
})

describe('NAT lab with a real STUN server', { skip }, () => {
  let lab: NatLab
  const rootLinksBefore = root ? execFileSync('ip', ['-o', 'link', 'show']).toString().split('\n').length : 0

  before(async () => {
    lab = await createNatLab({ runId: `natlab${process.pid % 100000}`, routers: [...NAT_TYPES] })
    onCleanup(() => { void lab.destroy() })
    await lab.startStunServer()
  })
  after(async () => { await lab?.destroy() })

  for (const [index, type] of NAT_TYPES.entries()) {
    it(`classifies a ${type} router, mapped address = the router's public address`, async () => {
      const host = lab.machines[index]
      const out = JSON.parse(await lab.exec(host.ns, process.execPath, [PROBE, lab.stunServer]))
      assert.equal(out.mapped.address, host.router.publicAddress)
      assert.equal(out.type, type)
      // port preservation except for the symmetric NAT, which picks a random port per flow
      if (type !== 'symmetric') assert.equal(out.mapped.port, out.localPort)
    })
  }

  it('has no way out: no default route in the internet, no interface in the machine\'s namespace', async () => {
    for (const ns of [lab.internetNs, lab.stunNs, lab.relayNs, ...lab.routers.map(r => r.ns)]) {
      const routes = await lab.exec(ns, 'ip', ['-4', 'route', 'show'])
      assert.doesNotMatch(routes, /default/, `${ns} has a default route`)
      await assert.rejects(lab.exec(ns, 'ip', ['route', 'get', '1.1.1.1']), /failed/, `${ns} can route to 1.1.1.1`)
    }
    const rootLinks = execFileSync('ip', ['-o', 'link', 'show']).toString().split('\n').length
    assert.equal(rootLinks, rootLinksBefore, 'the lab added an interface to the machine\'s namespace')
  })

  it('removes every namespace (and with them veths and nft tables) on destroy', async () => {
    assert.ok(listNamespaces(lab.prefix).length >= 11)
    await lab.destroy()
    assert.deepEqual(listNamespaces(lab.prefix), [])
  })
})
