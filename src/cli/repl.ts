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
    case '/help':
      output.answer({ event: 'help', data: REPL_HELP }, REPL_HELP)
      return
    default:
      output.problem('command', `unknown command ${text.split(/\s+/)[0]}; /help lists the commands`)
  }
}
