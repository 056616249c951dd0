/**
 * Frees a relay slot as soon as the peer holding it has no connection left to the relay, as
 * go-libp2p's relay does. js circuit-relay-v2 keeps a reservation for its whole TTL (2 h) after
 * its holder has gone, so a relay serving a churning population fills its `maxReservations` slots
 * with departed peers and refuses every newcomer: the NAT matrix hit exactly that, its last pairs
 * getting no reservation after ~60 short-lived NATed nodes had passed through the relay.
 *
 * A holder that comes back simply reserves again (clients refresh their reservations anyway).
 */
import type { CircuitRelayService } from '@libp2p/circuit-relay-v2'
import type { Libp2pEvents, PeerId, TypedEventTarget } from '@libp2p/interface'

export function releaseReservationsOnDisconnect (events: TypedEventTarget<Libp2pEvents>, relay: CircuitRelayService): void {
  const onDisconnect = ({ detail: peer }: CustomEvent<PeerId>): void => {
    const reservation = relay.reservations.get(peer)
    if (reservation == null) return
    // the expiry timer would otherwise fire later and delete a newer reservation of the same peer
    reservation.signal.clear()
    relay.reservations.delete(peer)
  }
  events.addEventListener('peer:disconnect', onDisconnect)
}
