/**
 * Room history, direct messages and data directories between real CLI processes on loopback (TCP
 * only, no STUN): a late joiner sees what was said before it came, verified and once each; a node
 * restarted on its --data-dir keeps its identity, peers and history and rejoins without its
 * bootstrap node; a direct message reaches a peer the sender was not connected to; a DM to a peer
 * nobody knows fails with one clear line.
 */
import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { MemoryDatastore } from 'datastore-core'
import { addrWith, assertOneErrorLine, freePort, LOOPBACK_TCP, jsonProcessStarter, isEvent, runCli } from './helpers/cli.ts'
import { signRoomMessage, withText } from './helpers/signed-message.ts'
import { createChatNode } from '../src/node/create-node.ts'
import type { ChatEvent, ChatProcess, EventOf } from './helpers/cli.ts'
import { cleanupTempDir } from './helpers/cleanup.ts'
import { HistoryStore, verifyHistoryMessage } from '../src/node/history/index.ts'
import { verifyDirectMessage } from '../src/node/dm/index.ts'
import { DEFAULT_VALIDATION_LIMITS, topicForRoom } from '../src/node/options.ts'

const start = jsonProcessStarter()
const BASE = ['--tcp-only', ...LOOPBACK_TCP, '--ping-interval', '0']

let dir: string
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'p2p-chat-messaging-'))
  cleanupTempDir(dir)
})
after(async () => { await rm(dir, { recursive: true, force: true }) })

async function bootstrapNode (room: string, extra: string[] = []): Promise<{ node: ChatProcess, addr: string, peerId: string }> {
  const node = start([...BASE, '--room', room, '--nick', 'hub', ...extra])
  const { addrs, peerId } = await node.ready()
  return { node, addr: addrWith(addrs, '/tcp/'), peerId }
}

/** Publishes `texts` from `from` and waits until `to` received each; returns their ids. */
async function say (from: ChatProcess, to: ChatProcess, texts: string[]): Promise<string[]> {
  const ids: string[] = []
  for (const text of texts) {
    from.send(text)
    const published = await from.waitFor(isEvent('published', e => e.text === text), `published ${text}`)
    await to.waitFor(isEvent('message', e => e.id === published.id), `${text} delivered`)
    ids.push(published.id)
  }
  return ids
}

/** The event's fields as the history verifier takes them: the NDJSON line is verifiable offline. */
async function verifiedOffline (e: EventOf<ChatEvent, 'history'>, room: string): Promise<boolean> {
  const seqno = new Uint8Array(8)
  new DataView(seqno.buffer).setBigUint64(0, BigInt(e.seqno))
  const { peerIdFromString } = await import('@libp2p/peer-id')
  const verdict = await verifyHistoryMessage({
    from: peerIdFromString(e.from).toMultihash().bytes,
    seqno,
    data: Buffer.from(e.data, 'base64'),
    signature: Buffer.from(e.signature, 'base64'),
    topic: e.topic
  }, { topic: topicForRoom(room), limits: DEFAULT_VALIDATION_LIMITS, maxAgeMs: 24 * 3_600_000 })
  return verdict.ok
}

describe('room history, direct messages, data directories', () => {
  it('a late joiner gets the earlier messages once each, verified, marked as history', async () => {
    const room = 'history-late'
    const hub = await bootstrapNode(room)
    const bob = start([...BASE, '--room', room, '--nick', 'bob', '--bootstrap', hub.addr])
    await bob.waitFor(isEvent('room:ready'), 'bob ready')
    const ids = await say(bob, hub.node, ['first', 'second', 'third'])

    const carol = start([...BASE, '--room', room, '--nick', 'carol', '--bootstrap', hub.addr])
    const synced = await carol.waitFor(isEvent('history:synced'), 'carol fetched history')
    const history = carol.events.filter(isEvent('history'))
    assert.deepEqual(history.map(e => e.id).sort(), [...ids].sort(), 'each earlier message exactly once')
    assert.deepEqual(history.map(e => e.text), ['first', 'second', 'third'], 'oldest first')
    assert.equal(synced.accepted, 3)
    assert.equal(synced.refused, 0)
    for (const e of history) assert.equal(await verifiedOffline(e, room), true, `history line ${e.id} verifies offline`)
    assert.equal(carol.events.filter(isEvent('message', e => ids.includes(e.id))).length, 0, 'none of them also came as live messages')

    const listed = await carol.ask('/history 10', 'history:list')
    assert.deepEqual(listed.data.map(m => m.text), ['first', 'second', 'third'])

    // bob's nick is known from his history lines: /dm by nick, once bob is a room peer of carol's
    const bobId = history[0].from
    await carol.askUntil('/peers', 'peers', a => a.data.some(p => p.peerId === bobId && p.inRoom), 'bob in carol\'s room')
    carol.send('/dm bob hello bob')
    const sent = await carol.waitFor(isEvent('dm:sent'), 'dm by nick acknowledged')
    assert.deepEqual([sent.to, sent.status], [bobId, 'delivered'])
    await bob.waitFor(isEvent('dm', e => e.id === sent.id && e.text === 'hello bob' && e.nick === 'carol'), 'bob got it')
  })

  it('forged and altered history messages are refused and counted; the genuine one is accepted', async () => {
    const room = 'history-forged'
    const topic = topicForRoom(room)
    const author = await generateKeyPair('secp256k1')
    const impostor = await generateKeyPair('secp256k1')
    const now = Date.now()
    const genuine = await signRoomMessage(author, { topic, text: 'genuine', sentAtMs: now - 60_000, seqno: 1n })
    const altered = withText(await signRoomMessage(author, { topic, text: 'what was said', sentAtMs: now - 50_000, seqno: 2n }), 'what was not said')
    // signed by someone else, claiming the author
    const stolen = { ...await signRoomMessage(impostor, { topic, text: 'in your name', sentAtMs: now - 40_000, seqno: 3n }), from: genuine.from }
    // a library node that serves them: its store (in this datastore) holds all three
    const datastore = new MemoryDatastore()
    const seeded = new HistoryStore({ datastore, topic })
    await seeded.open()
    for (const m of [genuine, altered, stolen]) assert.equal(await seeded.add(m), true)
    const forger = await createChatNode({ datastore, room, transports: { tcp: true, quic: false }, listen: ['/ip4/127.0.0.1/tcp/0'], pingIntervalMs: 0 })
    await forger.start()
    try {
      const port = await freePort()
      const carol = start([...BASE, '--room', room, '--nick', 'carol', '--bootstrap', forger.libp2p.getMultiaddrs()[0].toString(), '--metrics', `127.0.0.1:${port}`])
      const synced = await carol.waitFor(isEvent('history:synced'), 'carol fetched history')
      assert.deepEqual({ accepted: synced.accepted, refused: synced.refused }, { accepted: 1, refused: 2 })
      assert.deepEqual(carol.events.filter(isEvent('history')).map(e => e.text), ['genuine'])
      assert.deepEqual(carol.events.filter(isEvent('history:refused')).map(e => e.reason), ['invalid_signature', 'invalid_signature'])
      const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text()
      assert.match(metrics, /^p2p_chat_history_refused_messages_total\{reason="invalid_signature"\} 2$/m)
      assert.match(metrics, /^p2p_chat_history_fetched_messages_total\{outcome="accepted"\} 1$/m)
      const listed = await carol.ask('/history', 'history:list')
      assert.deepEqual(listed.data.map(m => m.text), ['genuine'], 'only the genuine message was stored')
    } finally {
      await forger.stop()
    }
  })

  it('a restart on --data-dir keeps identity, known peers and history, and rejoins without the bootstrap node', async () => {
    const room = 'history-restart'
    const hub = await bootstrapNode(room)
    const data = join(dir, 'dave')
    const dave = start([...BASE, '--room', room, '--nick', 'dave', '--data-dir', data, '--bootstrap', hub.addr])
    const first = await dave.ready()
    await dave.waitFor(isEvent('room:ready'), 'dave ready')
    await say(dave, hub.node, ['before the restart'])
    dave.send('/quit')
    assert.equal((await dave.exited).code, 0)

    // said while dave was away: the restarted dave must fetch it from the hub
    const erin = start([...BASE, '--room', room, '--nick', 'erin', '--bootstrap', hub.addr])
    await erin.waitFor(isEvent('room:ready'), 'erin ready')
    const [missedId] = await say(erin, hub.node, ['while dave was away'])

    const again = start([...BASE, '--room', room, '--nick', 'dave', '--data-dir', data])
    const second = await again.ready()
    assert.equal(second.peerId, first.peerId, 'same identity')
    const rejoin = await again.waitFor(isEvent('rejoin'), 'rejoin from remembered peers')
    assert.ok(rejoin.connected >= 1, `rejoined through a remembered peer: ${JSON.stringify(rejoin)}`)
    await again.waitFor(isEvent('room:ready'), 'dave ready again, with no --bootstrap')
    // the history fetch brings it, unless gossip got there first: a restart within gossipsub's IHAVE
    // window (the last 3 heartbeats) is offered it by a mesh peer. Either way it arrives exactly once
    const missed = (e: ChatEvent): boolean => (e.event === 'history' || e.event === 'message') && e.id === missedId
    await again.waitFor(missed, 'the message said while dave was away')
    await again.waitFor(isEvent('history:synced'), 'the history fetch done')
    assert.equal(again.events.filter(missed).length, 1, 'once, by history or gossip, not both')
    const listed = await again.ask('/history 10', 'history:list')
    assert.deepEqual(listed.data.map(m => m.text), ['before the restart', 'while dave was away'])
  })

  it('a DM reaches a peer the sender was not connected to, with an ack, verifiable offline', async () => {
    const room = 'dm-reach'
    // --target-peers 1: no random walk reconnects what /hangup closed
    const hub = await bootstrapNode(room, ['--target-peers', '1'])
    const alice = start([...BASE, '--room', room, '--nick', 'alice', '--target-peers', '1', '--bootstrap', hub.addr])
    const carol = start([...BASE, '--room', room, '--nick', 'carol', '--target-peers', '1', '--bootstrap', hub.addr, '--no-stdin'])
    const carolId = (await carol.ready()).peerId
    await Promise.all([alice.waitFor(isEvent('room:ready'), 'alice ready'), carol.waitFor(isEvent('room:ready'), 'carol ready')])
    await alice.ask(`/hangup ${carolId}`, 'hangup')
    await alice.askUntil('/peers', 'peers', a => !a.data.some(p => p.peerId === carolId), 'alice not connected to carol')

    alice.send(`/dm ${carolId} hello carol`)
    const sent = await alice.waitFor(isEvent('dm:sent'), 'dm acknowledged')
    assert.equal(sent.status, 'delivered')
    assert.equal(sent.dialed, true, 'no connection existed: the DM found and dialled carol')
    const dm = await carol.waitFor(isEvent('dm', e => e.id === sent.id), 'carol got the dm')
    assert.equal(dm.text, 'hello carol')
    assert.equal(dm.nick, 'alice')
    const verdict = await verifyDirectMessage({ from: dm.from, to: dm.to, publicKey: Buffer.from(dm.publicKey, 'base64'), payload: Buffer.from(dm.data, 'base64'), signature: Buffer.from(dm.signature, 'base64') })
    assert.equal(verdict.ok, true, 'the dm line verifies offline')
    const listed = await alice.ask('/dms', 'dm:list')
    assert.deepEqual(listed.data.map(d => [d.direction, d.peerId, d.text, d.status]), [['out', carolId, 'hello carol', 'delivered']])
  })

  it('a data directory that is not one is refused with one line, exit 1, and left as it was', async () => {
    const foreign = join(dir, 'not-a-data-dir')
    await mkdir(foreign)
    await writeFile(join(foreign, 'notes.txt'), 'keep me')
    const { code, stderr } = await runCli([...BASE, '--data-dir', foreign, '--no-stdin'])
    assert.equal(code, 1)
    assertOneErrorLine(stderr, /data directory .*not-a-data-dir: is not empty and holds no p2p-chat\.json/)
    assert.deepEqual(await readdir(foreign), ['notes.txt'])
  })

  it('a DM to a peer nobody knows fails with one error line naming the cause', async () => {
    const room = 'dm-unknown'
    const hub = await bootstrapNode(room)
    const alice = start([...BASE, '--room', room, '--nick', 'alice', '--bootstrap', hub.addr])
    await alice.waitFor(isEvent('room:ready'), 'alice ready')
    const stranger = peerIdFromPrivateKey(await generateKeyPair('secp256k1')).toString()
    const seen = alice.events.length
    alice.send(`/dm ${stranger} anyone there?`)
    const error = await alice.waitFor(isEvent('error', e => e.kind === 'dm'), 'dm error', 30_000)
    assert.match(error.message, new RegExp(`not sent to ${stranger}: .*(not found|unreachable|no .*address)`, 'i'))
    assert.equal(alice.events.slice(seen).filter(isEvent('error')).length, 1, 'one line')
    assert.equal(alice.events.filter(isEvent('dm:sent')).length, 0)
  })
})
