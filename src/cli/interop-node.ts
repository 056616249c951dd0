/**
 * `p2p-chat interop-node --params FILE`: a node of libp2p's gossipsub-interop framework (docs/interop.md).
 * Under the framework (Shadow, or our namespaces) its node id is its host name's `nodeN`; outside it,
 * `--node-id N`. Stdout is the framework's log; everything else goes to stderr.
 */
import { readFile } from 'node:fs/promises'
import { flagHelp, parseFlagValues } from './node-flags.ts'
import type { FlagRow } from './node-flags.ts'
import { UsageError } from './usage-error.ts'
import { parseInteropParams } from '../interop/params.ts'
import { nodeIdFromHostname } from '../interop/identity.ts'
import { INTEROP_PORT, runInteropNode } from '../interop/interop-node.ts'

const FLAGS = {
  params: { type: 'string', arg: 'FILE', help: 'the framework\'s params.json (its script of instructions)' },
  'node-id': { type: 'string', arg: 'N', help: 'this node\'s id', defaultText: 'N of the host name nodeN' },
  port: { type: 'string', arg: 'PORT', help: 'TCP port this node listens on and dials others at', defaultText: String(INTEROP_PORT) },
  'peer-host': { type: 'string', arg: 'TEMPLATE', help: 'host name or address of node {id}, for runs outside the framework (e.g. 127.0.0.1 with --port-base)', defaultText: 'node{id}' },
  'port-base': { type: 'string', arg: 'PORT', help: 'node {id} listens on PORT+{id} (many nodes on one host); overrides --port' },
  'start-on-signal': { type: 'boolean', help: 'start the script\'s clock on SIGUSR2, not at once (the namespace runner starts all nodes\' scripts together)' },
  help: { type: 'boolean', short: 'h', help: 'show this help' }
} as const satisfies Record<string, FlagRow>

export const INTEROP_HELP = [
  'Usage: p2p-chat interop-node --params FILE [options]',
  '',
  'Runs one node of libp2p\'s gossipsub-interop framework (libp2p/test-plans): ed25519 key from the node',
  'id, TCP on port 9000, the script of params.json, the framework\'s JSON log on stdout (docs/interop.md).',
  '',
  ...flagHelp(FLAGS)
].join('\n')

function port (flag: string, value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new UsageError(`--${flag} ${JSON.stringify(value)}: expected a TCP port (1-65535)`)
  return n
}

export async function interopNode (argv: string[]): Promise<number> {
  const v = parseFlagValues(argv, FLAGS, 'interop-node: ')
  if (v.help === true) {
    process.stdout.write(INTEROP_HELP + '\n')
    return 0
  }
  if (v.params == null) throw new UsageError('interop-node: --params FILE is required')
  let nodeId: number
  if (v['node-id'] != null) {
    nodeId = Number(v['node-id'])
    if (!Number.isInteger(nodeId) || nodeId < 0) throw new UsageError(`--node-id ${JSON.stringify(v['node-id'])}: expected a whole number >= 0`)
  } else {
    nodeId = nodeIdFromHostname()
  }
  let text: string
  try {
    text = await readFile(v.params, 'utf8')
  } catch (err: any) {
    throw new UsageError(`--params ${v.params}: cannot be read (${err.code ?? err.message})`)
  }
  const params = parseInteropParams(text)
  const base = v['port-base'] != null ? port('port-base', v['port-base']) : undefined
  const peerHost: string = v['peer-host'] ?? 'node{id}'
  await runInteropNode({
    nodeId,
    params,
    port: base != null ? base + nodeId : v.port != null ? port('port', v.port) : INTEROP_PORT,
    hostOf: (id) => peerHost.replaceAll('{id}', String(id)),
    ...(base != null ? { portOf: (id: number) => base + id } : {}),
    ...(v['start-on-signal'] === true ? { start: new Promise<void>(resolve => { process.once('SIGUSR2', () => { resolve() }) }) } : {})
  })
  return 0
}
