/**
 * The dialer's WebRTC offer names it the DTLS client (src/nat/dtls-role.ts): the rewrite itself,
 * and two real node-datachannel peers in one process that connect and talk with the rewritten offer.
 */
import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { RTCPeerConnection } from 'node-datachannel/polyfill'
import { asDtlsClientOffer, offerAsDtlsClient } from '../src/nat/dtls-role.ts'

const open: RTCPeerConnection[] = []
after(() => { for (const pc of open) pc.close() })

async function within<T> (what: string, ms: number, promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const deadline = new Promise<never>((_resolve, reject) => { timer = setTimeout(() => { reject(new Error(`${what}: not within ${ms} ms`)) }, ms) })
  try { return await Promise.race([promise, deadline]) } finally { clearTimeout(timer) }
}

describe('DTLS role of WebRTC offers', () => {
  it('rewrites only a=setup:actpass lines', () => {
    const sdp = 'v=0\r\na=setup:actpass\r\na=x-note:a=setup:actpass\r\na=mid:0\r\n'
    assert.equal(asDtlsClientOffer(sdp), 'v=0\r\na=setup:active\r\na=x-note:a=setup:actpass\r\na=mid:0\r\n')
    assert.equal(asDtlsClientOffer('a=setup:passive\n'), 'a=setup:passive\n')
  })

  it('two peers connect with the rewritten offer: the answer says passive, and a message crosses', async () => {
    offerAsDtlsClient()
    const dialer = new RTCPeerConnection({ iceServers: [] })
    const listener = new RTCPeerConnection({ iceServers: [] })
    open.push(dialer, listener)
    dialer.onicecandidate = ({ candidate }) => { if (candidate?.candidate) void listener.addIceCandidate(candidate) }
    listener.onicecandidate = ({ candidate }) => { if (candidate?.candidate) void dialer.addIceCandidate(candidate) }
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

    await within('the data channel to open', 10_000, opened)
    channel.send('hello over DTLS')
    assert.equal(await within('the message', 10_000, received), 'hello over DTLS')
  })
})
