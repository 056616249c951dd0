/**
 * The offer half of the DTLS-role choice (src/node/nat/dtls-role.ts, which explains why the dialer
 * is sometimes to be the DTLS client): node-datachannel's `RTCPeerConnection.createOffer` is
 * wrapped so that an offer whose connection was configured with `DIALER_IS_DTLS_CLIENT: true` says
 * `a=setup:active` instead of `a=setup:actpass`.
 *
 * Why a prototype swap: @libp2p/webrtc creates its peer connections itself and sends the offer it
 * gets from `createOffer` as it is; it takes an `RTCConfiguration` (per dial, through a factory) but
 * no hook for the offer. The marker rides on that configuration, so the swap changes nothing for a
 * connection that does not carry it (every other user of node-datachannel in the process).
 */
import { RTCPeerConnection } from 'node-datachannel/polyfill'

/** On an RTCConfiguration (non-enumerable): true = this connection's offer makes the dialer the DTLS client. */
export const DIALER_IS_DTLS_CLIENT = Symbol('p2p-chat.dialerIsDtlsClient')

/** The offer with every `a=setup:actpass` line turned into `a=setup:active`. */
export function asDtlsClientOffer (sdp: string): string {
  return sdp.replace(/^a=setup:actpass(?=\r?$)/gm, 'a=setup:active')
}

let original: RTCPeerConnection['createOffer'] | undefined

/** Makes node-datachannel's offers honour `DIALER_IS_DTLS_CLIENT`, process-wide. Idempotent. */
export function installDtlsOfferRewrite (): void {
  if (original != null) return
  const createOffer = RTCPeerConnection.prototype.createOffer
  original = createOffer
  RTCPeerConnection.prototype.createOffer = async function (this: RTCPeerConnection): Promise<RTCSessionDescriptionInit> {
    const offer: RTCSessionDescriptionInit = await createOffer.call(this)
    const config = this.getConfiguration() as RTCConfiguration & { [DIALER_IS_DTLS_CLIENT]?: boolean }
    if (offer.sdp == null || config?.[DIALER_IS_DTLS_CLIENT] !== true) return offer
    return { type: offer.type, sdp: asDtlsClientOffer(offer.sdp) }
  }
}

export function dtlsOfferRewriteInstalled (): boolean {
  return original != null
}
