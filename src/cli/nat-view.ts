/** One human line per NAT event, and the NAT status line of `/addrs`, for the CLI's chat view. */
import type { NatEventBody } from '../node/nat/events.ts'
import type { NatStatus } from '../node/nat/status.ts'

const short = (peerId: string): string => peerId.slice(-6)

export function natLine (e: { event: string }): string | undefined {
  if (!e.event.startsWith('nat:')) return undefined
  const n = e as NatEventBody
  switch (n.event) {
    case 'nat:mapped': return `* NAT: the STUN server ${n.server} sees this node at ${n.address}`
    case 'nat:type': return `* NAT: ${n.type} (mapping ${n.mapping}, filtering ${n.filtering})`
    case 'nat:stun-failed': return `* NAT: STUN server ${n.server} did not answer (${n.error}); retry in ${Math.round(n.retryInMs / 1000)} s`
    case 'nat:reservation': return `* NAT: relay ${short(n.relay)} holds a slot for this node: ${n.address}`
    case 'nat:relayed': return `* NAT: ${short(n.peerId)} connected through relay ${short(n.relay)}`
    case 'nat:punch': return `* NAT: trying a direct connection to ${short(n.peerId)}`
    case 'nat:direct': return `* NAT: direct connection to ${short(n.peerId)} after ${n.ms} ms`
    case 'nat:fallback': return `* NAT: no direct connection to ${short(n.peerId)} (${n.reason}); the chat goes through the relay`
  }
}

export function natStatusLine (s: NatStatus): string {
  switch (s.state) {
    case 'off': return 'NAT: not discovered (no STUN server)'
    case 'pending': return 'NAT: not classified yet (STUN discovery running)'
    case 'classified': return `NAT: ${s.type} (mapping ${s.mapping}, filtering ${s.filtering}), seen from outside as ${s.mapped}`
  }
}
