// Docker HEALTHCHECK: GET /healthz on the node's --metrics address. The address is read from the
// node's own command line (PID 1 is the node), so it follows P2P_CHAT_METRICS and --metrics alike.
/* global fetch */
import { readFileSync } from 'node:fs'

const argv = readFileSync('/proc/1/cmdline', 'utf8').split('\0')
let address
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--metrics') address = argv[i + 1]
  else if (argv[i].startsWith('--metrics=')) address = argv[i].slice('--metrics='.length)
}
if (address == null) {
  console.log('no --metrics address: /healthz is off, nothing to check')
  process.exit(0)
}
const match = /^(?:\[([^\]]+)\]|([^:]+)):(\d+)$/.exec(address)
if (match == null) {
  console.log(`cannot read --metrics ${address}`)
  process.exit(1)
}
let host = match[1] ?? match[2]
if (host === '0.0.0.0') host = '127.0.0.1'
if (host === '::') host = '::1'
const url = `http://${host.includes(':') ? `[${host}]` : host}:${match[3]}/healthz`
try {
  const response = await fetch(url, { signal: AbortSignal.timeout(2000) })
  console.log(`${url}: ${response.status}`)
  process.exit(response.ok ? 0 : 1)
} catch (err) {
  console.log(`${url}: ${err.cause?.code ?? err.message}`)
  process.exit(1)
}
