/**
 * The CLI's NAT flags: rows for RUN_FLAGS (src/cli/args.ts) and their parsing into a NatInit.
 *
 * Without --stun-server the CLI uses P2P_CHAT_STUN_SERVERS (comma-separated, or `none`) when set,
 * else the public Google and Twilio servers. Test helpers set P2P_CHAT_STUN_SERVERS=none so that
 * no test can reach a public address by forgetting the flag.
 */
import { parseStunServer } from '../node/nat/stun/client.ts'
import { PUBLIC_STUN_SERVERS } from '../node/nat/options.ts'
import type { NatInit } from '../node/nat/options.ts'

export const STUN_ENV = 'P2P_CHAT_STUN_SERVERS'

export const NAT_FLAGS = {
  'stun-server': { type: 'string', multiple: true, arg: 'HOST:PORT', help: `STUN server for NAT discovery and WebRTC ICE, repeatable; none = off (default: $${STUN_ENV}, else ${PUBLIC_STUN_SERVERS.join(', ')})` },
  'udp-port': { type: 'string', arg: 'PORT', help: 'local UDP port of STUN discovery (default: 0, OS-chosen)' },
  'disable-udp': { type: 'boolean', help: 'no UDP NAT traversal: no STUN, no direct WebRTC upgrade (relay only)' },
  relay: { type: 'boolean', help: 'serve as a circuit relay v2 for NATed peers (--no-relay: off, the default)' }
} as const

/** Parses the NAT flags (parseArgs values); `fail` throws the CLI's usage error. */
export function parseNatFlags (v: Record<string, any>, fail: (message: string) => Error, env: NodeJS.ProcessEnv = process.env): NatInit {
  const given: string[] | undefined = v['stun-server']
  const fromEnv = env[STUN_ENV]
  const source = given ?? (fromEnv != null ? fromEnv.split(',').map(s => s.trim()).filter(s => s !== '') : PUBLIC_STUN_SERVERS)
  const flag = given != null ? '--stun-server' : fromEnv != null ? STUN_ENV : '--stun-server'
  let stunServers: string[]
  if (source.includes('none')) {
    if (source.length > 1) throw fail(`${flag} none: cannot be combined with servers (${source.filter(s => s !== 'none').join(', ')})`)
    stunServers = []
  } else {
    stunServers = source.map(s => {
      try {
        const { host, port } = parseStunServer(s)
        return `${host.includes(':') ? `[${host}]` : host}:${port}`
      } catch {
        throw fail(`${flag} ${JSON.stringify(s)}: expected HOST:PORT (e.g. stun.example.org:3478) or none`)
      }
    })
  }
  let udpPort = 0
  if (v['udp-port'] != null) {
    udpPort = Number(v['udp-port'])
    if (!Number.isInteger(udpPort) || udpPort < 0 || udpPort > 65535) throw fail(`--udp-port ${JSON.stringify(v['udp-port'])}: expected a port 0-65535`)
  }
  const disableUdp = v['disable-udp'] === true
  if (disableUdp && v['udp-port'] != null) throw fail('--udp-port and --disable-udp exclude each other')
  return { stunServers, udpPort, disableUdp, relayServer: v.relay === true, relayClient: true }
}
