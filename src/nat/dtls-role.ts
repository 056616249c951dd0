/**
 * WebRTC offers made in this process name the dialer the DTLS client (`a=setup:active` instead of
 * `actpass`), so that the side whose ICE finishes last sends the first DTLS flight.
 *
 * Why: with the default roles the answerer (the listener behind its NAT, ICE-controlled) is the
 * DTLS client, and its ICE agent usually reports "connected" first: the controlling dialer sends its
 * first check to the peer's unreachable host candidate and the next one waits for libjuice's 50 ms
 * pacing. The answerer's ClientHello then reaches a dialer that has no DTLS transport yet and is
 * dropped, and OpenSSL in libdatachannel 0.24.5 retransmits after a fixed, unconfigurable 1 s
 * (paullouisageneau/libdatachannel#1635). Measured in the NAT lab, full cone -> address-restricted,
 * 12 trials each way: 4 of 12 upgrades took 1.09-1.14 s with `actpass`, none with `active`
 * (91-192 ms). Seen in node-datachannel's own log: ICE connected on the answerer at .394 and on the
 * dialer at .443, DTLS finished at 1.394 on both.
 *
 * RFC 8842 asks an offerer for `actpass`; an answerer must still accept `active` (it answers
 * `passive`, RFC 4145), which libdatachannel, browsers and pion do. Only the offer sent over the
 * relay is rewritten: libdatachannel keeps its own local description (it ignores the one handed
 * back) and takes the client role when the answer says `passive`.
 */
import { RTCPeerConnection } from 'node-datachannel/polyfill'

/** The offer with every `a=setup:actpass` line turned into `a=setup:active`. */
export function asDtlsClientOffer (sdp: string): string {
  return sdp.replace(/^a=setup:actpass(?=\r?$)/gm, 'a=setup:active')
}

let installed = false

export function offerAsDtlsClient (): void {
  if (installed) return
  installed = true
  const createOffer = RTCPeerConnection.prototype.createOffer
  RTCPeerConnection.prototype.createOffer = async function (this: RTCPeerConnection): Promise<RTCSessionDescriptionInit> {
    const offer: RTCSessionDescriptionInit = await createOffer.call(this)
    return offer.sdp == null ? offer : { type: offer.type, sdp: asDtlsClientOffer(offer.sdp) }
  }
}
