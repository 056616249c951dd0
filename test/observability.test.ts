/**
 * The metrics endpoint, the shipped scrape config and the Grafana dashboard, proven against a real
 * Prometheus (Debian's `prometheus`, started here on loopback) scraping three nodes that chat.
 */
import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, execFile } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { ChatProcess, addrWith, freePort, LOOPBACK_TCP, isEvent } from './helpers/cli.ts'
import { cleanupTempDir, onCleanup } from './helpers/cleanup.ts'
import { pollUntil } from './helpers/poll.ts'

const run = promisify(execFile)
const OBS = fileURLToPath(new URL('../deploy/observability/', import.meta.url))
const CONFIG = join(OBS, 'prometheus.yml')
const DASHBOARD = join(OBS, 'grafana/dashboards/p2p-chat.json')
const ROOM = 'observatory'
const RATE_WINDOW = '15s'

let dir: string
let prometheus: ChildProcess | undefined
let promUrl: string
let publisher: ReturnType<typeof setInterval> | undefined
const nodes: ChatProcess[] = []
const instances: string[] = []



async function promQuery (expr: string): Promise<any[]> {
  const res = await fetch(`${promUrl}/api/v1/query?query=${encodeURIComponent(expr)}`)
  const body: any = await res.json()
  if (body.status !== 'success') throw new Error(`query failed: ${expr}: ${body.error}`)
  return body.data.result
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'p2p-chat-prom-'))
  cleanupTempDir(dir)
  const common = ['--json', '--tcp-only', ...LOOPBACK_TCP, '--room', ROOM, '--metrics', '127.0.0.1:0', '--ping-interval', '1']
  const a = new ChatProcess([...common, '--nick', 'a'])
  nodes.push(a)
  const aReady = await a.ready()
  for (const nick of ['b', 'c']) nodes.push(new ChatProcess([...common, '--nick', nick, '--bootstrap', addrWith(aReady.addrs, '/tcp/')]))
  for (const node of nodes) {
    const ready = await node.waitFor(isEvent('ready'), 'ready')
    instances.push(new URL(ready.metricsUrl ?? assert.fail('ready without metricsUrl')).host)
  }
  // everybody talks, all the time, so rates and latency quantiles have data
  await nodes[1].waitFor(isEvent('room:peer-joined', e => e.roomPeers >= 2), 'a full room')
  let n = 0
  const bId = (await nodes[1].ready()).peerId
  publisher = setInterval(() => {
    for (const node of nodes) node.send(`tick ${n++}`)
    // a direct message every 3 s (the DM rate limit is 20 a minute per sender)
    if (n % 30 === 0) nodes[0].send(`/dm ${bId} direct ${n}`)
  }, 300)
})

after(async () => {
  clearInterval(publisher)
  prometheus?.kill('SIGTERM')
  await Promise.all(nodes.map(async n => n.stop()))
  if (prometheus != null && prometheus.exitCode == null) await new Promise(resolve => prometheus!.once('exit', resolve))
  await rm(dir, { recursive: true, force: true })
})

describe('metrics endpoint', () => {
  it('serves lint-clean metrics that move with the traffic', async () => {
    const url = `http://${instances[2]}/metrics`
    await pollUntil('a delivered message in the metrics', 20_000, async () => {
      const text = await (await fetch(url)).text()
      return /^p2p_chat_messages_received_total\{outcome="accept",reason="valid"\} [1-9]/m.test(text) ? true : undefined
    }, 500)
    const text = await (await fetch(url)).text()
    for (const name of ['p2p_chat_messages_published_total', 'p2p_chat_delivery_latency_seconds_bucket', 'p2p_chat_gossip_bytes_total',
      'p2p_chat_gossip_rpcs_total', 'p2p_chat_duplicate_messages_total', 'p2p_chat_connected_peers', 'p2p_chat_topic_peers',
      'p2p_chat_mesh_peers', 'p2p_chat_dht_routing_table_peers', 'p2p_chat_ping_rtt_seconds_bucket', 'p2p_chat_bootstrap_dials_total',
      'p2p_chat_history_queries_total', 'p2p_chat_history_stored_messages', 'p2p_chat_history_fetched_messages_total', 'p2p_chat_history_refused_messages_total',
      'p2p_chat_history_sync_duration_seconds_bucket', 'p2p_chat_dm_messages_total', 'p2p_chat_dm_round_trip_seconds_bucket',
      'gossipsub_rpc_recv_bytes_total', 'libp2p_', 'process_cpu_seconds_total', 'nodejs_heap_size_used_bytes']) {
      assert.ok(text.includes(name), `${name} is exposed`)
    }
    assert.doesNotMatch(text, /16Uiu2HA/, 'no peer id in any label')
    const file = join(dir, 'live.prom')
    await writeFile(file, text)
    const lint = await run('bash', ['-c', `promtool check metrics < ${file}`]).catch((err: any) => err)
    assert.equal(lint.code ?? 0, 0, `promtool check metrics: ${lint.stdout}${lint.stderr}`)
    assert.equal(`${lint.stdout}${lint.stderr}`.trim(), '', 'promtool has nothing to say')

    const health = await fetch(`http://${instances[2]}/healthz`)
    assert.equal(health.status, 200)
  })
})

describe('real Prometheus with the shipped config and dashboard', () => {
  it('promtool accepts the shipped scrape config', async () => {
    const { stdout } = await run('promtool', ['check', 'config', CONFIG])
    assert.match(stdout, /SUCCESS/)
  })

  it('scrapes the nodes and every dashboard query returns data', async () => {
    // the shipped config, with the harness's file_sd targets written next to it
    await copyFile(CONFIG, join(dir, 'prometheus.yml'))
    await mkdir(join(dir, 'targets'))
    await writeFile(join(dir, 'targets', 'nodes.json'), JSON.stringify([{ targets: instances, labels: { room: ROOM } }]))
    const port = await freePort()
    promUrl = `http://127.0.0.1:${port}`
    let promLog = ''
    prometheus = spawn('prometheus', [
      `--config.file=${join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`, '--log.level=warn'
    ], { stdio: ['ignore', 'ignore', 'pipe'] })
    onCleanup(() => { prometheus?.kill('SIGKILL') })
    prometheus.stderr!.setEncoding('utf8').on('data', (c: string) => { promLog += c })

    await pollUntil('three harness targets up', 60_000, async () => {
      const res = await promQuery('up{job="p2p-chat-harness"} == 1')
      return res.length === 3 ? true : undefined
    }, 500).catch(err => { throw new Error(`${err.message}\n${promLog}`) })

    const dashboard = JSON.parse(await readFile(DASHBOARD, 'utf8'))
    const exprs: Array<{ panel: string, expr: string }> = []
    for (const panel of dashboard.panels) {
      for (const target of panel.targets ?? []) exprs.push({ panel: panel.title, expr: target.expr })
    }
    assert.ok(exprs.length >= 20, `the dashboard has its panels (${exprs.length} queries)`)
    const instanceRegex = instances.map(i => i.replace(/\./g, '\\\\.')).join('|')
    const substitute = (expr: string): string => expr
      .replaceAll('$room', ROOM).replaceAll('$instance', instanceRegex).replaceAll('$__rate_interval', RATE_WINDOW)

    for (const { panel, expr } of exprs) {
      const query = substitute(expr)
      await pollUntil(`data for panel "${panel}": ${query}`, 45_000, async () => {
        const result = await promQuery(query)
        return result.some(r => Number.isFinite(Number(r.value[1]))) ? true : undefined
      }, 500)
    }

    // the template variables resolve to our room and instances
    for (const variable of dashboard.templating.list.filter((v: any) => v.type === 'query')) {
      const m = /^label_values\((.+), (\w+)\)$/.exec(substitute(variable.definition))
      assert.ok(m != null, `variable ${variable.name} is a label_values query`)
      const res = await fetch(`${promUrl}/api/v1/label/${m[2]}/values?match[]=${encodeURIComponent(m[1])}`)
      const values: string[] = ((await res.json()) as any).data
      const expected = variable.name === 'room' ? [ROOM] : instances
      for (const v of expected) assert.ok(values.includes(v), `variable ${variable.name} offers ${v}: ${values.join(', ')}`)
    }
  })
})
