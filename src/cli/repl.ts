/**
 * The human REPL on stdin: typed lines are published, `/`-commands inspect the node. Also used,
 * without a prompt, when stdin is a pipe (scripts and tests drive the node that way).
 */
import { createInterface } from 'node:readline'
import type { Interface } from 'node:readline'
import type { ChatNode } from '../node/create-node.ts'
import { transportOf } from '../node/transport.ts'
import type { Output } from './output.ts'
import { REPL_COMMANDS } from './args.ts'
import { natStatus } from '../node/nat/status.ts'
import { natStatusLine } from './nat-view.ts'
import { peerIdFromString } from '@libp2p/peer-id'
import type { PeerId } from '@libp2p/interface'
import { shortId } from './output.ts'
import { safeBlock, safeInline } from './terminal-safe.ts'

export const REPL_HELP = [
  'commands:',
  ...REPL_COMMANDS.map(([cmd, what]) => `  ${cmd.padEnd(8)} ${what}`),
  'any other line is sent to the room'
].join('\n')

export interface Repl {
  /** Prints a line without trampling what the user is typing. */
  print(line: string): void
  /** The same for stderr (log lines). */
  printError(line: string): void
  close(): void
}

export function startRepl (input: NodeJS.ReadableStream, onLine: (line: string) => void, onEnd: (why: string) => void): Repl {
  const interactive = (input as NodeJS.ReadStream).isTTY === true
  const rl: Interface = createInterface({ input, output: interactive ? process.stdout : undefined, terminal: interactive })
  if (interactive) {
    rl.setPrompt('> ')
    rl.prompt()
  }
  rl.on('line', (line) => {
    onLine(line)
    if (interactive) rl.prompt()
  })
  const onClose = (): void => { onEnd('end of stdin') }
  rl.on('close', onClose)
  // in a terminal, readline takes Ctrl-C itself instead of the process receiving SIGINT
  rl.on('SIGINT', () => { onEnd('SIGINT') })
  const printTo = (stream: NodeJS.WriteStream, line: string): void => {
    if (!interactive) {
      stream.write(line + '\n')
      return
    }
    // clear the prompt line, print, then redraw the prompt with what the user had typed
    process.stdout.write('\r\x1b[K')
    stream.write(line + '\n')
    rl.prompt(true)
  }
  return {
    print (line: string) { printTo(process.stdout, line) },
    printError (line: string) { printTo(process.stderr, line) },
    close () { rl.removeListener('close', onClose); rl.close() }
  }
}

/** Runs one REPL line; returns 'quit' for /quit. A line that reached nobody is reported, never lost silently. */
export async function handleLine (line: string, node: ChatNode, output: Output): Promise<'quit' | undefined> {
  const text = line.trim()
  if (text.length === 0) return
  if (!text.startsWith('/')) {
    try {
      await node.room.publish(line)
    } catch (err: any) {
      output.problem('publish', `not sent: ${err.message}`)
    }
    return
  }
  const libp2p = node.libp2p
  switch (text.split(/\s+/)[0]) {
    case '/quit':
      return 'quit'
    case '/id':
      output.answer({ event: 'id', data: libp2p.peerId.toString() }, libp2p.peerId.toString())
      return
    case '/addrs': {
      const addrs = libp2p.getMultiaddrs().map(String)
      const nat = natStatus(libp2p.services.nat)
      output.answer({ event: 'addrs', data: { addrs, nat } }, [addrs.length > 0 ? addrs.join('\n') : '(no addresses)', natStatusLine(nat)].join('\n'))
      return
    }
    case '/peers': {
      const inRoom = new Set(node.room.topicPeers().map(String))
      const peers = libp2p.getConnections().map(c => ({
        peerId: c.remotePeer.toString(),
        transport: transportOf(c.remoteAddr),
        remoteAddr: c.remoteAddr.toString(),
        inRoom: inRoom.has(c.remotePeer.toString())
      }))
      const text = peers.length === 0
        ? '(no peers connected)'
        : peers.map(p => `${p.peerId} ${p.transport} ${p.remoteAddr}${p.inRoom ? ' [in room]' : ''}`).join('\n')
      output.answer({ event: 'peers', data: peers }, text)
      return
    }
    case '/history':
      await showHistory(text, node, output)
      return
    case '/dm':
      await sendDm(text, node, output)
      return
    case '/dms': {
      const log = node.messaging.dmLog()
      const shown = log.map(d => `[${new Date(d.ts).toTimeString().slice(0, 8)}] ${d.direction === 'in' ? `${shortId(d.peerId)} -> you` : `you -> ${shortId(d.peerId)} [${d.status}]`}: ${safeInline(d.text)}`)
      output.answer({ event: 'dm:list', data: log }, shown.length > 0 ? shown.join('\n') : '(no direct messages yet)')
      return
    }
    case '/hangup': {
      const peer = parsePeerArgument(text.split(/\s+/)[1], output, '/hangup PEER_ID')
      if (peer == null) return
      const closed = libp2p.getConnections(peer).length
      await libp2p.hangUp(peer)
      output.answer({ event: 'hangup', data: { peerId: peer.toString(), closed } }, `closed ${closed} connection${closed === 1 ? '' : 's'} to ${peer.toString()}`)
      return
    }
    case '/help':
      output.answer({ event: 'help', data: REPL_HELP }, REPL_HELP)
      return
    default:
      output.problem('command', `unknown command ${text.split(/\s+/)[0]}; /help lists the commands`)
  }
}

const DEFAULT_HISTORY_LINES = 20
const MAX_HISTORY_LINES = 1000

function parsePeerArgument (value: string | undefined, output: Output, usage: string): PeerId | undefined {
  if (value == null) {
    output.problem('command', `usage: ${usage}`)
    return undefined
  }
  try {
    return peerIdFromString(value)
  } catch {
    output.problem('command', `${safeInline(value.slice(0, 80))} is not a peer id (usage: ${usage})`)
    return undefined
  }
}

async function showHistory (text: string, node: ChatNode, output: Output): Promise<void> {
  const arg = text.split(/\s+/)[1]
  const count = arg == null ? DEFAULT_HISTORY_LINES : Number(arg)
  if (!Number.isInteger(count) || count < 1 || count > MAX_HISTORY_LINES) {
    output.problem('command', `/history ${safeInline(arg ?? '')}: expected a number of messages from 1 to ${MAX_HISTORY_LINES}`)
    return
  }
  const recent = await node.messaging.recentHistory(count)
  if (recent == null) {
    output.problem('history', 'history is off (--history 0)')
    return
  }
  const lines = recent.map(m => {
    const prefix = `[history ${new Date(m.sentAtMs).toTimeString().slice(0, 8)}] <${safeInline(m.nick)}@${shortId(m.from)}> `
    return prefix + safeBlock(m.text, prefix.length)
  })
  output.answer({ event: 'history:list', data: recent }, lines.length > 0 ? lines.join('\n') : '(no room messages kept yet)')
}

/** `/dm PEER TEXT`: PEER is a peer id, or the nick of exactly one room peer. */
async function sendDm (line: string, node: ChatNode, output: Output): Promise<void> {
  const match = /^\/dm\s+(\S+)\s+([\s\S]+)$/.exec(line)
  if (match == null) {
    output.problem('command', 'usage: /dm PEER TEXT (PEER: a peer id, or the nick of one room peer)')
    return
  }
  const [, target, message] = match
  const resolved = node.messaging.resolvePeer(target)
  if (typeof resolved === 'string') {
    output.problem('dm', resolved)
    return
  }
  try {
    await node.messaging.sendDm(resolved, message)
  } catch (err: any) {
    output.problem('dm', `not sent to ${resolved.toString()}: ${err.message}`)
  }
}
