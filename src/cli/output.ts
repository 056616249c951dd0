/**
 * What the node tells its client: a human chat view or an NDJSON event stream (one JSON object per
 * line, `event` naming the kind). Both render the same calls, so the two never drift apart.
 */
import type { PublishedChatMessage, ReceivedChatMessage, RejectedChatMessage } from '../node/chat-room.ts'
import type { BootstrapDialEvent } from '../node/bootstrap-dialer.ts'

export interface ReadyInfo {
  peerId: string
  addrs: string[]
  room: string
  topic: string
  ephemeralIdentity: boolean
  metricsUrl?: string
}

export interface PeerInfoLine {
  peerId: string
  transport: string
  remoteAddr: string
}

export interface Output {
  ready(info: ReadyInfo): void
  peerConnected(peer: PeerInfoLine): void
  peerDisconnected(peer: PeerInfoLine): void
  message(msg: ReceivedChatMessage): void
  published(msg: PublishedChatMessage): void
  rejected(rej: RejectedChatMessage): void
  bootstrap(evt: BootstrapDialEvent): void
  /** Answer to a REPL command (`/peers`, `/id`, `/addrs`, `/help`). */
  answer(kind: string, text: string, data: unknown): void
  /** A user-visible problem that is not fatal (a line that could not be sent, say). */
  problem(kind: string, text: string): void
}

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')
export const shortId = (peerId: string): string => peerId.slice(-6)

export function jsonOutput (out: NodeJS.WritableStream = process.stdout): Output {
  const emit = (event: string, body: Record<string, unknown>): void => {
    out.write(JSON.stringify({ event, ts: Date.now(), ...body }) + '\n')
  }
  return {
    ready: (info) => { emit('ready', { ...info }) },
    peerConnected: (peer) => { emit('peer:connected', { ...peer }) },
    peerDisconnected: (peer) => { emit('peer:disconnected', { ...peer }) },
    message: (m) => {
      emit('message', {
        id: m.id,
        from: m.from.toString(),
        publicKey: b64(m.publicKey),
        topic: m.topic,
        seqno: m.sequenceNumber.toString(),
        data: b64(m.data),
        signature: b64(m.signature),
        propagationSource: m.propagationSource.toString(),
        version: m.line.version,
        nick: m.line.nick,
        text: m.line.text,
        sentAtMs: m.line.sentAtMs,
        receivedAtMs: m.receivedAtMs,
        latencyMs: m.latencyMs
      })
    },
    published: (m) => { emit('published', { ...m }) },
    rejected: (r) => {
      emit('rejected', { outcome: r.outcome, reason: r.reason, propagationSource: r.propagationSource?.toString() })
    },
    bootstrap: (e) => { emit('bootstrap', { ...e }) },
    answer: (kind, _text, data) => { emit(kind, { data }) },
    problem: (kind, text) => { emit('error', { kind, message: text }) }
  }
}

/** Human view; `print` is the REPL's writer so incoming lines do not trample the prompt. */
export function humanOutput (print: (line: string) => void): Output {
  const time = (ms: number): string => new Date(ms).toTimeString().slice(0, 8)
  return {
    ready: (info) => {
      print(`p2p-chat node ${info.peerId}${info.ephemeralIdentity ? ' (ephemeral identity: pass --identity-out PATH to keep one)' : ''}`)
      for (const a of info.addrs) print(`  listening on ${a}`)
      print(`joined room "${info.room}"; type a line to send it, /help for commands`)
      if (info.metricsUrl != null) print(`metrics at ${info.metricsUrl}`)
    },
    peerConnected: (p) => { print(`* connected ${shortId(p.peerId)} over ${p.transport} (${p.remoteAddr})`) },
    peerDisconnected: (p) => { print(`* disconnected ${shortId(p.peerId)} (${p.transport})`) },
    message: (m) => { print(`[${time(m.receivedAtMs)}] <${m.line.nick}@${shortId(m.from.toString())}> ${m.line.text}`) },
    published: () => {},
    rejected: (r) => { print(`* dropped a message (${r.outcome}: ${r.reason})`) },
    bootstrap: () => {},
    answer: (_kind, text) => { print(text) },
    problem: (_kind, text) => { print(`! ${text}`) }
  }
}
