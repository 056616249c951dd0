/**
 * What the node tells its client: a human chat view or an NDJSON event stream (one JSON object per
 * line, `event` naming the kind). Both render the library's `ChatNodeEvent`s, plus the CLI's own
 * `ready` line and command answers, so the two never drift apart.
 */
import type { ChatNodeEvent } from '../node/node-events.ts'
import { formatEvent } from '../node/host-protocol.ts'
import type { RunAnswerBody } from '../node/host-protocol.ts'
import { safeBlock, safeInline } from './terminal-safe.ts'
import { natLine } from './nat-view.ts'

export interface ReadyInfo {
  peerId: string
  addrs: string[]
  room: string
  topic: string
  ephemeralIdentity: boolean
  metricsUrl?: string
}

export interface Output {
  ready(info: ReadyInfo): void
  /** An event of the node library. */
  event(e: ChatNodeEvent): void
  /** Answer to a REPL command (`/peers`, `/id`, `/addrs`, `/help`): `text` for people, `body` for programs. */
  answer(body: RunAnswerBody, text: string): void
  /** A user-visible problem that is not fatal (a line that could not be sent, say). */
  problem(kind: string, text: string): void
}

export const shortId = (peerId: string): string => peerId.slice(-6)

/**
 * NDJSON (the run stream of src/node/host-protocol.ts): every line carries `event`, `v`, `ts` and
 * `node` (this node's peer id); text stays exact.
 */
export function jsonOutput (node: string, out: NodeJS.WritableStream = process.stdout): Output {
  const write = (line: string): void => { out.write(line + '\n') }
  return {
    ready: (info) => { write(formatEvent({ event: 'ready', ts: Date.now(), node, ...info })) },
    event: (e) => { write(formatEvent(e)) },
    answer: (body) => { write(formatEvent({ ...body, ts: Date.now(), node })) },
    problem: (kind, message) => { write(formatEvent({ event: 'error', ts: Date.now(), node, kind, message })) }
  }
}

/**
 * Human view; `print` is the REPL's writer so incoming lines do not trample the prompt. Whatever a
 * peer controls (nick, text) is escaped before it is shown. `replHint`: say how to type into the
 * room (not for a one-shot sender).
 */
export function humanOutput (print: (line: string) => void, ownNick: string, replHint = true): Output {
  const time = (ms: number): string => new Date(ms).toTimeString().slice(0, 8)
  const say = (ms: number, who: string, text: string, suffix = ''): void => {
    const prefix = `[${time(ms)}] <${who}> `
    print(prefix + safeBlock(text, prefix.length) + suffix)
  }
  return {
    ready: (info) => {
      print(`p2p-chat node ${info.peerId}${info.ephemeralIdentity ? ' (ephemeral identity: pass --identity-out PATH to keep one)' : ''}`)
      for (const a of info.addrs) print(`  listening on ${a}`)
      print(`joined room "${info.room}"${replHint ? '; type a line to send it, /help for commands' : ''}`)
      if (info.metricsUrl != null) print(`metrics at ${info.metricsUrl}`)
    },
    event: (e) => {
      switch (e.event) {
        case 'peer:connected': print(`* connected ${shortId(e.peerId)} over ${e.transport} (${safeInline(e.remoteAddr)})`); break
        case 'peer:disconnected': print(`* disconnected ${shortId(e.peerId)} (${e.transport})`); break
        case 'room:peer-joined': print(`* ${shortId(e.peerId)} joined the room (${e.roomPeers} in the room)`); break
        case 'room:peer-left': print(`* ${shortId(e.peerId)} left the room (${e.roomPeers} in the room)`); break
        case 'room:ready': print(`* the room is ready: messages reach ${e.sendablePeers} peer${e.sendablePeers === 1 ? '' : 's'}`); break
        case 'room:unready': print('* no peer of the room is reachable now; lines wait for one'); break
        case 'message': say(e.receivedAtMs, `${safeInline(e.nick)}@${shortId(e.from)}`, e.text); break
        case 'published': say(e.sentAtMs, `${safeInline(ownNick)} (you)`, e.text, `  [sent to ${e.recipients} peer${e.recipients === 1 ? '' : 's'}]`); break
        case 'rejected': print(`* dropped a message (${e.outcome}: ${e.reason})`); break
        case 'rejected:summary': print(`* dropped ${e.suppressed} more messages in ${e.intervalMs / 1000} s from ${e.sources} peer${e.sources === 1 ? '' : 's'} (${e.reasons.map(r => `${r.reason} x${r.count}`).join(', ')})`); break
        case 'bootstrap': break // the log says it
        case 'duplicate': break // for traces; p2p_chat_duplicate_messages_total has the total
        case 'verdict': if (e.verdict === 'graylisted') print(`* ${shortId(e.peerId)} graylisted (score ${e.score}): its messages are dropped unread`); break // a prune is routine mesh upkeep
        case 'history': say(e.sentAtMs, `${safeInline(e.nick)}@${shortId(e.from)}`, e.text, '  [history]'); break
        case 'history:synced': if (e.received > 0 || e.refused > 0) print(`* history: ${e.accepted} earlier message${e.accepted === 1 ? '' : 's'} from ${e.peers} peer${e.peers === 1 ? '' : 's'}${e.refused > 0 ? `, ${e.refused} refused (failed verification)` : ''}`); break
        case 'history:refused': break // counted in history:synced and the metrics
        case 'dm': say(e.receivedAtMs, `${safeInline(e.nick)}@${shortId(e.from)} -> you`, e.text, '  [direct]'); break
        case 'dm:sent': say(e.sentAtMs, `you -> ${shortId(e.to)}`, e.text, e.status === 'delivered' ? `  [delivered in ${Math.round(e.rttMs)} ms]` : `  [${e.status}${e.reason != null ? `: ${safeInline(e.reason)}` : ''}]`); break
        case 'rejoin': if (e.known > 0) print(`* rejoining: ${e.connected} of ${e.dialed} remembered room peers reached`); break
        default: { const line = natLine(e); if (line != null) print(safeInline(line)) }
      }
    },
    answer: (_body, text) => { print(text) },
    problem: (_kind, text) => { print(`! ${text}`) }
  }
}
