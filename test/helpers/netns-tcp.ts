/**
 * TCP throughput probe for test/netns.test.ts, run inside lab namespaces.
 *   sink PORT             counts bytes per connection, answers the count when the sender ends;
 *                         with SIZE, also answers one byte each time another SIZE bytes are in
 *   send HOST PORT BYTES  sends BYTES, prints { bytes, ms } once the sink confirmed them all
 *   messages HOST PORT SIZE COUNT
 *                         on a connection already open, writes COUNT messages of SIZE at once
 *                         (back to back), prints { acksMs: [...] }: when the sink had each one,
 *                         from the first write (the sink must run with SIZE)
 */
import { connect, createServer } from 'node:net'

const [mode, ...rest] = process.argv.slice(2)
if (mode === 'sink') {
  const ackEvery = rest[1] != null ? Number(rest[1]) : undefined
  createServer(socket => {
    let bytes = 0
    socket.on('data', chunk => {
      const before = bytes
      bytes += chunk.length
      if (ackEvery != null) for (let k = Math.floor(before / ackEvery) + 1; k <= Math.floor(bytes / ackEvery); k++) socket.write('a')
    })
    socket.on('end', () => socket.end(ackEvery != null ? '' : String(bytes)))
  }).listen(Number(rest[0]), () => process.stdout.write('listening\n'))
} else if (mode === 'send') {
  const [host, port, bytesArg] = rest
  const total = Number(bytesArg)
  const start = performance.now()
  const socket = connect(Number(port), host, () => {
    for (let sent = 0; sent < total; sent += 65536) socket.write(Buffer.alloc(Math.min(65536, total - sent)))
    socket.end()
  })
  let answer = ''
  socket.on('data', chunk => { answer += chunk.toString() })
  socket.on('end', () => { process.stdout.write(JSON.stringify({ bytes: Number(answer), ms: performance.now() - start }) + '\n') })
} else if (mode === 'messages') {
  const [host, port, sizeArg, countArg] = rest
  const [size, count] = [Number(sizeArg), Number(countArg)]
  const socket = connect(Number(port), host, () => {
    // the connection's handshake is over before the clock starts: this measures the link, not TCP's set-up
    setTimeout(() => {
      const start = performance.now()
      const acksMs: number[] = []
      socket.on('data', chunk => {
        for (let i = 0; i < chunk.length; i++) acksMs.push(performance.now() - start)
        if (acksMs.length >= count) {
          process.stdout.write(JSON.stringify({ acksMs }) + '\n')
          socket.end()
        }
      })
      for (let m = 0; m < count; m++) socket.write(Buffer.alloc(size))
    }, 100)
  })
} else {
  process.stderr.write('usage: netns-tcp.ts sink PORT [SIZE] | send HOST PORT BYTES | messages HOST PORT SIZE COUNT\n')
  process.exit(2)
}
