/**
 * Which side of a WebRTC upgrade sends the first DTLS flight. libdatachannel drops a DTLS packet
 * that arrives before its own ICE agent reports "connected", and OpenSSL then retransmits after a
 * fixed, unconfigurable 1 s (libdatachannel 0.24.5; paullouisageneau/libdatachannel#1635). So the
 * DTLS client should be the side whose ICE finishes last, and which one that is follows from the
 * dialer's NAT filtering:
 *
 * - The listener starts its checks first (it has the offer and the candidates before the dialer has
 *   the answer). If the dialer's NAT lets those first checks in (no NAT, or endpoint-independent
 *   filtering: full cone), the listener's check succeeds first and the dialer finishes last: the
 *   dialer should be the client, so its offer says `a=setup:active`.
 * - Otherwise the dialer's NAT drops them until the dialer's own check opens it, that check succeeds
 *   first, and the listener finishes last: the default (`actpass`, the answerer takes `active`) fits.
 *
 * Measured in the NAT lab (`experiment nat-matrix --trials 3`, 39 direct upgrades per run): with the
 * default roles 5 upgrades took 1.07-1.16 s, all but one with a full-cone dialer; with every offer
 * `active`, 7 did, all with a restricted dialer. node-datachannel's own log of a slow default-role
 * trial: ICE connected on the listener at .394 and on the dialer at .443; DTLS finished at 1.394.
 *
 * RFC 8842 asks an offerer for `actpass`; an answerer must still accept `active` (and answers
 * `passive`, RFC 4145), as libdatachannel, browsers and pion do. Only the offer sent to the peer is
 * rewritten (src/node/patches/dtls-offer-rewrite.ts): libdatachannel keeps its own local description
 * and takes the client role when the answer says `passive`.
 *
 * Known race (docs/nat.md): libdatachannel starts ICE with a remote description before it stores it
 * for the fingerprint check, so a DTLS client whose ICE connects at once and whose peer answers
 * within that gap fails the check. Two peers in one process hit it; in the lab no upgrade has.
 */
import type { NatClassification } from './classify.ts'
import { DIALER_IS_DTLS_CLIENT } from '../patches/dtls-offer-rewrite.ts'

export { asDtlsClientOffer } from '../patches/dtls-offer-rewrite.ts'

/** True when the listener's first ICE checks reach this (dialing) node, so that its ICE finishes last. */
export function dialerFinishesIceLast (own: Pick<NatClassification, 'type' | 'filtering'> | undefined): boolean {
  return own?.type === 'open' || own?.filtering === 'endpoint-independent'
}

/**
 * An RTCConfiguration factory for @libp2p/webrtc that marks, per dial, whether the dialer is the DTLS
 * client. The mark takes effect through the process-wide offer rewrite (src/node/patches/
 * dtls-offer-rewrite.ts, installed by `installRuntimePatches()` at the process entry); without it the
 * default roles apply.
 */
export function rtcConfiguration (iceServers: RTCIceServer[], dialerIsClient: () => boolean, bindAddress?: string): () => RTCConfiguration {
  // node-datachannel passes the configuration on to libdatachannel, whose ICE sockets bind `bindAddress`
  const base: RTCConfiguration & { bindAddress?: string } = bindAddress != null ? { iceServers, bindAddress } : { iceServers }
  return () => Object.defineProperty({ ...base }, DIALER_IS_DTLS_CLIENT, { value: dialerIsClient() })
}
