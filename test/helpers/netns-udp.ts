/**
 * UDP probe for test/netns.test.ts, run inside lab namespaces.
 *   echo PORT [BIND]                answers each datagram with itself; "count?" with how many it got.
 *                                   Bind the address when it shares a namespace with the sender: a
 *                                   reply from 0.0.0.0 to a local address leaves from that same address
 *   send HOST PORT COUNT [BIND]     sends COUNT numbered datagrams (paced, ~10 per ms), collects the
 *                                   echoes, asks the echo side how many arrived, prints one JSON line
 *                                   { sent, reachedPeer, echoed }
 */
import { createSocket } from 'node:dgram'

const [mode, ...rest] = process.argv.slice(2)

if (mode === 'echo') {
  const socket = createSocket({ type: 'udp4', recvBufferSize: 8 << 20 })
  let count = 0
  socket.on('message', (msg, peer) => {
    if (msg.toString() === 'count?') {
      socket.send(`count=${count}`, peer.port, peer.address)
      return
    }
    count++
    socket.send(msg, peer.port, peer.address)
  })
  socket.bind(Number(rest[0]), rest[1], () => { process.stdout.write('listening\n') })
} else if (mode === 'send') {
  const [host, port, countArg, bind] = rest
  const total = Number(countArg)
  const socket = createSocket({ type: 'udp4', recvBufferSize: 8 << 20 })
  const seen = new Set<number>()
  let reachedPeer: number | undefined
  socket.on('message', msg => {
    const text = msg.toString()
    if (text.startsWith('count=')) reachedPeer = Number(text.slice(6))
    else seen.add(msg.readUInt32BE(0))
  })
  await new Promise<void>(resolve => socket.bind(0, bind, resolve))
  const send = async (buf: Buffer | string): Promise<void> => {
    await new Promise<void>((resolve, reject) => socket.send(buf, Number(port), host, err => { if (err != null) reject(err); else resolve() }))
  }
  for (let i = 0; i < total; i++) {
    const buf = Buffer.alloc(64)
    buf.writeUInt32BE(i, 0)
    await send(buf)
    if (i % 10 === 9) await new Promise(resolve => setTimeout(resolve, 1))
  }
  // the echoes of the last datagrams are still on their way when the last one leaves
  const settle = Date.now() + 3000
  let last = -1
  while (Date.now() < settle && seen.size !== last) {
    last = seen.size
    await new Promise(resolve => setTimeout(resolve, 300))
  }
  for (let attempt = 0; attempt < 50 && reachedPeer === undefined; attempt++) {
    await send('count?')
    await new Promise(resolve => setTimeout(resolve, 100))
  }
  process.stdout.write(JSON.stringify({ sent: total, reachedPeer, echoed: seen.size }) + '\n')
  socket.close()
} else {
  process.stderr.write('usage: netns-udp.ts echo PORT [BIND] | send HOST PORT COUNT [BIND]\n')
  process.exit(2)
}
