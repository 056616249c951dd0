/**
 * Who sends the first DTLS flight (src/node/nat/dtls-role.ts): the rule, the rewrite, and two real
 * node-datachannel peers in one process that connect and talk when the dialer is the DTLS client.
 */
import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { RTCPeerConnection } from 'node-datachannel/polyfill'
import { cleanup } from 'node-datachannel'
import { asDtlsClientOffer, dialerFinishesIceLast, rtcConfiguration } from '../src/node/nat/dtls-role.ts'
import { installRuntimePatches } from '../src/node/patches/index.ts'
import { within } from './helpers/poll.ts'

// the offer rewrite is a process-wide patch, installed at the process entry as the CLI does
await installRuntimePatches()

const open: RTCPeerConnection[] = []
// node-datachannel's threads keep the process alive until cleanup()
after(() => { for (const pc of open) pc.close(); cleanup() })

describe('DTLS role of WebRTC offers', () => {
  it('rewrites only a=setup:actpass lines', () => {
    const sdp = 'v=0\r\na=setup:actpass\r\na=x-note:a=setup:actpass\r\na=mid:0\r\n'
    assert.equal(asDtlsClientOffer(sdp), 'v=0\r\na=setup:active\r\na=x-note:a=setup:actpass\r\na=mid:0\r\n')
    assert.equal(asDtlsClientOffer('a=setup:passive\n'), 'a=setup:passive\n')
  })

  it('makes the dialer the client only when the listener\'s first checks reach it', () => {
    assert.equal(dialerFinishesIceLast({ type: 'open', filtering: 'endpoint-independent' }), true)
    assert.equal(dialerFinishesIceLast({ type: 'full-cone', filtering: 'endpoint-independent' }), true)
    for (const [type, filtering] of [['address-restricted', 'address-dependent'], ['port-restricted', 'address-and-port-dependent'], ['symmetric', 'address-and-port-dependent']] as const) {
      assert.equal(dialerFinishesIceLast({ type, filtering }), false, type)
    }
    assert.equal(dialerFinishesIceLast(undefined), false, 'not classified yet: the default roles')
  })

  it('leaves the offer alone when the dialer is not to be the client', async () => {
    const pc = new RTCPeerConnection(rtcConfiguration([], () => false)())
    open.push(pc)
    pc.createDataChannel('test')
    assert.match((await pc.createOffer()).sdp ?? '', /^a=setup:actpass\r?$/m)
  })

  it('two peers connect with the rewritten offer: the answer says passive, and a message crosses', async () => {
    const dialer = new RTCPeerConnection(rtcConfiguration([], () => true)())
    const listener = new RTCPeerConnection({ iceServers: [] })
    open.push(dialer, listener)
    // Signalling order: each side takes the other's candidates only once both descriptions are in
    // place. libdatachannel hands a remote description to ICE before it stores it for the DTLS
    // fingerprint check (PeerConnection::setRemoteDescription, 0.24.5); with the listener's checks
    // already in and a reply within microseconds (one process), the dialer's check of the
    // listener's certificate can run in that gap and fail (3 of 40 runs). Over a network the reply
    // takes a round trip; docs/nat.md has the measurements.
    const { promise: described, resolve: bothDescribed } = Promise.withResolvers<void>()
    const failures: unknown[] = []
    const trickle = (to: RTCPeerConnection) => ({ candidate }: RTCPeerConnectionIceEvent) => {
      if (candidate?.candidate) described.then(async () => { await to.addIceCandidate(candidate) }).catch(err => failures.push(err))
    }
    dialer.onicecandidate = trickle(listener)
    listener.onicecandidate = trickle(dialer)
    const received = new Promise<string>(resolve => {
      listener.ondatachannel = ({ channel }) => { channel.onmessage = ({ data }) => { resolve(String(data)) } }
    })
    const channel = dialer.createDataChannel('test')
    const opened = new Promise<void>(resolve => { channel.onopen = () => { resolve() } })

    const offer = await dialer.createOffer()
    assert.match(offer.sdp ?? '', /^a=setup:active\r?$/m)
    assert.doesNotMatch(offer.sdp ?? '', /a=setup:actpass/)
    await listener.setRemoteDescription(offer)
    const answer = await listener.createAnswer()
    assert.match(answer.sdp ?? '', /^a=setup:passive\r?$/m)
    await listener.setLocalDescription(answer)
    await dialer.setRemoteDescription(answer)
    bothDescribed()

    await within('the data channel to open', 10_000, opened)
    channel.send('hello over DTLS')
    assert.equal(await within('the message', 10_000, received), 'hello over DTLS')
    assert.deepEqual(failures, [], 'every candidate was accepted')
  })
})
