/**
 * The node under test for the forwarding benchmark, in its own process: first measures this
 * process's raw secp256k1 verify rate (the ceiling), then runs a chat node (the same library the
 * CLI runs) and reports on stdout, one JSON object per line.
 */
import { generateKeyPair } from '@libp2p/crypto/keys'
import { createChatNode, installRuntimePatches } from '../src/node/index.ts'

// this process's entry: the runtime patches the CLI installs (the node verifies through OpenSSL,
// and the ceiling must be the same path)
await installRuntimePatches()

const key = await generateKeyPair('secp256k1')
const data = new TextEncoder().encode('libp2p-pubsub:' + 'x'.repeat(90))
const sig = await key.sign(data)
let verified = 0
const t0 = performance.now()
while (performance.now() - t0 < 2_000) {
  if (!(await key.publicKey.verify(data, sig))) throw new Error('verify failed')
  verified++
}
const verifyPerSecond = verified / ((performance.now() - t0) / 1000)

const node = await createChatNode({
  listen: ['/ip4/127.0.0.1/tcp/0'],
  transports: { tcp: true, quic: false },
  room: 'bench',
  dhtProtocolPrefix: '/p2p-chat-bench-isolated',
  discoveryTargetPeers: 0,
  pingIntervalMs: 0
})
await node.start()
let accepted = 0
node.room.addEventListener('message', () => { accepted++ })
process.stdout.write(JSON.stringify({ ready: true, verifyPerSecond, addr: node.libp2p.getMultiaddrs()[0].toString(), topic: node.room.topic }) + '\n')
const report = setInterval(() => { process.stdout.write(JSON.stringify({ accepted }) + '\n') }, 250)
process.on('SIGTERM', () => {
  clearInterval(report)
  void node.stop().then(() => process.exit(0))
})
