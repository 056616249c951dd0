/**
 * Offline checks of the deploy files, since no Kubernetes or Grafana runs here:
 * - the k3d manifests, as kustomize renders them (plain and through the launcher's overlay with
 *   netem), against the Kubernetes schemas of `kubernetes-models`, plus an unknown-field check
 *   (TypeScript's excess-property check against the same package's types, with a planted typo to
 *   prove it bites), plus the wiring: namespaces, references, labels, spread, RBAC, dashboard;
 * - the Prometheus configs (promtool), the compose file (docker-compose config);
 * - the launcher's dry run, and shellcheck on every deploy script.
 * The image and the compose room themselves are proven on a real engine by scripts/deploy-test.sh.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseAllDocuments } from 'yaml'
import { RUN_FLAGS } from '../src/cli/args.ts'
import { cleanupTempDir } from './helpers/cleanup.ts'

const ROOT = new URL('..', import.meta.url).pathname
const NAMESPACE = 'p2p-chat'
const NETEM_ARGS = 'delay 50ms 10ms loss 1%'
/** Created by scripts/launch-k3d.sh before it applies the manifests (the bootstrap's identity). */
const LAUNCHER_MADE = new Set(['ConfigMap/p2p-chat-bootstrap', 'Secret/p2p-chat-bootstrap-identity'])
/** Entrypoint variables that are not a run flag (deploy/docker/entrypoint.sh). */
const IMAGE_VARIABLES = new Set(['KEY_FILE', 'PEER_ID_FILE', 'BOOTSTRAP_ADDR', 'BOOTSTRAP_PEER_ID_FILE', 'BOOTSTRAP_WAIT', 'APP_DIR'])
const SHELL_SCRIPTS = ['scripts/launch-k3d.sh', 'scripts/deploy-test.sh', 'scripts/deploy/engine.sh', 'scripts/deploy/base-image.sh', 'deploy/docker/entrypoint.sh']

type Obj = Record<string, any>

function has (tool: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0
}

function run (cmd: string, args: string[], input?: string): { status: number | null, stdout: string, stderr: string } {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', input, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

function parseDocs (text: string): Obj[] {
  return parseAllDocuments(text).map(doc => doc.toJS()).filter((o): o is Obj => o != null)
}

function renderPlain (): Obj[] {
  const r = run('kubectl', ['kustomize', '--load-restrictor', 'LoadRestrictionsNone', 'deploy/k3d'])
  assert.equal(r.status, 0, r.stderr)
  return parseDocs(r.stdout)
}

function renderLauncher (): Obj[] {
  const r = run('bash', ['scripts/launch-k3d.sh', '--render', '--netem', NETEM_ARGS, '--image', 'registry.example/p2p-chat:1.2.3'])
  assert.equal(r.status, 0, r.stderr)
  return parseDocs(r.stdout)
}

const MODEL_GROUPS: Record<string, string> = { v1: 'v1', 'apps/v1': 'apps/v1', 'rbac.authorization.k8s.io/v1': 'rbac.authorization.k8s.io/v1' }

function modelPath (o: Obj): string {
  const group = MODEL_GROUPS[o.apiVersion]
  assert.ok(group != null, `${o.kind}/${o.metadata?.name}: apiVersion ${o.apiVersion} not expected in these manifests`)
  return `kubernetes-models/${group}/${o.kind}`
}

const find = (objs: Obj[], kind: string, name: string): Obj => {
  const o = objs.find(x => x.kind === kind && x.metadata?.name === name)
  assert.ok(o != null, `${kind}/${name} is not rendered`)
  return o
}
const workloads = (objs: Obj[]): Obj[] => objs.filter(o => o.kind === 'Deployment' || o.kind === 'StatefulSet')
const podSpecs = (objs: Obj[]): Array<{ owner: string, labels: Obj, spec: Obj }> =>
  workloads(objs).map(w => ({ owner: `${w.kind}/${w.metadata.name}`, labels: w.spec.template.metadata.labels, spec: w.spec.template.spec }))
const matches = (selector: Obj, labels: Obj): boolean => Object.entries(selector).every(([k, v]) => labels?.[k] === v)

const kubectlMissing = has('kubectl') ? false : 'kubectl is not on PATH (kustomize rendering is not checked)'

test('the manifests render and pass the Kubernetes schemas (kubernetes-models)', { skip: kubectlMissing }, async () => {
  for (const objs of [renderPlain(), renderLauncher()]) {
    assert.ok(objs.length >= 15)
    for (const o of objs) {
      const module = await import(modelPath(o))
      const Model = module[o.kind]
      assert.doesNotThrow(() => { new Model(o).validate() }, `${o.kind}/${o.metadata?.name} fails its schema`)
    }
  }
})

test('no unknown fields: every object type-checks against kubernetes-models with excess-property checks', { skip: kubectlMissing }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'p2p-chat-manifests-'))
  cleanupTempDir(dir)
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'))
  const objs = [...renderPlain(), ...renderLauncher()]
  // the control: a typo one level deep in a container must be reported, or the check proves nothing
  const planted = structuredClone(find(objs, 'Deployment', 'p2p-chat-peer'))
  planted.spec.template.spec.containers[0].imagePullPolcy = 'Always'
  const lines: string[] = []
  const imports = new Map<string, string>()
  const declare = (o: Obj, name: string): void => {
    const type = `I${o.kind}`
    imports.set(type, modelPath(o))
    lines.push(`// ${o.kind}/${o.metadata?.name}`, `export const ${name}: ${type} = ${JSON.stringify(o)}`)
  }
  objs.forEach((o, i) => { declare(o, `object${i}`) })
  declare(planted, 'planted')
  const header = [...imports].map(([type, path]) => `import type { ${type} } from '${path}'`)
  writeFileSync(join(dir, 'manifests.ts'), [...header, ...lines].join('\n') + '\n')
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true, skipLibCheck: true, types: [] },
    files: ['manifests.ts']
  }))
  const r = run(join(ROOT, 'node_modules/.bin/tsc'), ['-p', join(dir, 'tsconfig.json')])
  const sourceLines = readFileSync(join(dir, 'manifests.ts'), 'utf8').split('\n')
  // tsc: "manifests.ts(LINE,COL): error TSxxxx: message"; each object is one line after its comment
  const errors = r.stdout.split('\n').filter(line => line.includes('error TS')).map(e => {
    const line = Number(/\((\d+),\d+\)/.exec(e)?.[1])
    return { planted: sourceLines[line - 1]?.startsWith('export const planted') === true, object: sourceLines[line - 2], error: e.replace(/^.*error /, '') }
  })
  assert.ok(errors.some(e => e.planted && /imagePullPolcy/.test(e.error)), `the planted unknown field was not reported: ${r.stdout.slice(0, 500)}`)
  assert.deepEqual(errors.filter(e => !e.planted), [], 'unknown or mistyped fields in the manifests')
})

test('the room is wired: namespace, references, labels, bootstrap address, spread over the nodes', { skip: kubectlMissing }, () => {
  const objs = renderLauncher()
  const names = new Set(objs.map(o => `${o.kind}/${o.metadata.name}`))
  for (const o of objs) {
    if (o.kind !== 'Namespace') assert.equal(o.metadata.namespace, NAMESPACE, `${o.kind}/${o.metadata.name} is outside ${NAMESPACE}`)
  }
  // every ConfigMap, Secret and ServiceAccount a pod uses exists (or is made by the launcher)
  for (const { owner, spec } of podSpecs(objs)) {
    const refs: string[] = []
    for (const v of spec.volumes ?? []) {
      if (v.configMap != null) refs.push(`ConfigMap/${v.configMap.name}`)
      if (v.secret != null) refs.push(`Secret/${v.secret.secretName}`)
    }
    for (const c of [...spec.containers, ...(spec.initContainers ?? [])]) {
      for (const e of c.envFrom ?? []) refs.push(`ConfigMap/${e.configMapRef.name}`)
      for (const e of c.env ?? []) if (e.valueFrom?.configMapKeyRef != null) refs.push(`ConfigMap/${e.valueFrom.configMapKeyRef.name}`)
    }
    if (spec.serviceAccountName != null) refs.push(`ServiceAccount/${spec.serviceAccountName}`)
    for (const ref of refs) assert.ok(names.has(ref) || LAUNCHER_MADE.has(ref), `${owner} refers to ${ref}, which nothing creates`)
  }
  // every Service selects a pod template, every workload's selector matches its own template
  for (const svc of objs.filter(o => o.kind === 'Service')) {
    assert.ok(podSpecs(objs).some(p => matches(svc.spec.selector, p.labels)), `Service/${svc.metadata.name} selects no pods`)
  }
  for (const w of workloads(objs)) assert.ok(matches(w.spec.selector.matchLabels, w.spec.template.metadata.labels), `${w.metadata.name}: selector does not match its pods`)

  const bootstrap = find(objs, 'StatefulSet', 'p2p-chat-bootstrap')
  const headless = find(objs, 'Service', bootstrap.spec.serviceName)
  assert.equal(headless.spec.clusterIP, 'None')
  const tcpPort = headless.spec.ports.find((p: Obj) => p.protocol === 'TCP' && p.name === 'libp2p-tcp').port
  const peers = find(objs, 'Deployment', 'p2p-chat-peer')
  assert.equal(peers.spec.replicas, 67)
  const peerEnv = Object.fromEntries(peers.spec.template.spec.containers[0].env.map((e: Obj) => [e.name, e.value]))
  assert.equal(peerEnv.P2P_CHAT_BOOTSTRAP, `/dns4/${headless.metadata.name}/tcp/${tcpPort}/p2p/$(BOOTSTRAP_PEER_ID)`)
  assert.deepEqual(peers.spec.template.spec.topologySpreadConstraints, [{
    maxSkew: 1,
    topologyKey: 'kubernetes.io/hostname',
    whenUnsatisfiable: 'DoNotSchedule',
    labelSelector: { matchLabels: peers.spec.selector.matchLabels }
  }])
  assert.match(peers.spec.template.spec.containers[0].image, /^registry\.example\/p2p-chat:1\.2\.3$/)
})

test('chat pods: only known P2P_CHAT_* variables, non-root, and only the netem init container gets NET_ADMIN', { skip: kubectlMissing }, () => {
  const known = new Set([...Object.keys(RUN_FLAGS).map(f => f.toUpperCase().replaceAll('-', '_')), ...IMAGE_VARIABLES])
  const chat = podSpecs(renderLauncher()).filter(p => p.labels['app.kubernetes.io/name'] === 'p2p-chat')
  assert.equal(chat.length, 2)
  for (const { owner, spec } of chat) {
    assert.equal(spec.securityContext.runAsNonRoot, true, owner)
    for (const c of spec.containers) {
      for (const e of c.env ?? []) {
        if (e.name.startsWith('P2P_CHAT_')) assert.ok(known.has(e.name.slice('P2P_CHAT_'.length)), `${owner}: ${e.name} is no flag or entrypoint variable`)
      }
      assert.equal(c.securityContext.allowPrivilegeEscalation, false, owner)
      assert.deepEqual(c.securityContext.capabilities, { drop: ['ALL'] }, owner)
    }
    const netem = spec.initContainers?.find((c: Obj) => c.name === 'netem')
    assert.ok(netem != null, `${owner}: no netem init container with --netem`)
    assert.deepEqual(netem.securityContext.capabilities.add, ['NET_ADMIN'])
    assert.match(netem.command.join(' '), /tc qdisc replace dev "\$NETEM_DEVICE" root netem \$NETEM_ARGS/)
  }
  const objs = renderLauncher()
  const netemConfig = objs.find(o => o.kind === 'ConfigMap' && o.metadata.name.startsWith('p2p-chat-netem-'))
  assert.equal(netemConfig?.data.NETEM_ARGS, NETEM_ARGS)
  // without --netem, nothing is privileged
  for (const { owner, spec } of podSpecs(renderPlain())) assert.equal(spec.initContainers, undefined, owner)
})

test('observability: Prometheus discovers the chat pods with a namespaced Role; Grafana gets the shipped dashboard', { skip: kubectlMissing }, () => {
  const objs = renderPlain()
  const prometheus = find(objs, 'Deployment', 'prometheus')
  const sa = prometheus.spec.template.spec.serviceAccountName
  const binding = find(objs, 'RoleBinding', 'prometheus-discovery')
  assert.deepEqual(binding.subjects, [{ kind: 'ServiceAccount', name: sa, namespace: NAMESPACE }])
  const role = find(objs, 'Role', binding.roleRef.name)
  assert.deepEqual(role.rules, [{ apiGroups: [''], resources: ['pods'], verbs: ['get', 'list', 'watch'] }])
  assert.equal(objs.some(o => o.kind === 'ClusterRole'), false, 'no cluster-wide rights are needed')

  const configVolume = prometheus.spec.template.spec.volumes.find((v: Obj) => v.name === 'config')
  const promConfig = objs.find(o => o.kind === 'ConfigMap' && o.metadata.name === configVolume.configMap.name)?.data['prometheus.yml']
  assert.match(promConfig, /role: pod/)
  assert.match(promConfig, /regex: metrics/)
  assert.match(promConfig, /__meta_kubernetes_pod_label_p2p_chat_room/)
  for (const { owner, spec, labels } of podSpecs(objs).filter(p => p.labels['app.kubernetes.io/name'] === 'p2p-chat')) {
    assert.ok(spec.containers[0].ports.some((p: Obj) => p.name === 'metrics' && p.containerPort === 9464), `${owner}: no port named metrics`)
    assert.equal(labels['p2p-chat/room'], 'lobby', `${owner}: no p2p-chat/room label for Prometheus' room label`)
  }

  const grafana = find(objs, 'Deployment', 'grafana')
  const volume = (name: string): Obj => objs.find(o => o.kind === 'ConfigMap' && o.metadata.name === grafana.spec.template.spec.volumes.find((v: Obj) => v.name === name).configMap.name) as Obj
  assert.equal(volume('dashboards').data['p2p-chat.json'], readFileSync(join(ROOT, 'deploy/observability/grafana/dashboards/p2p-chat.json'), 'utf8'))
  const provider = volume('dashboard-providers').data['p2p-chat.yml']
  const mounts = grafana.spec.template.spec.containers[0].volumeMounts
  assert.ok(provider.includes(`path: ${mounts.find((m: Obj) => m.name === 'dashboards').mountPath}`), 'the dashboard provider does not point at the mounted dashboards')
  const datasource = volume('datasources').data['p2p-chat.yml']
  const promService = find(objs, 'Service', 'prometheus')
  assert.match(datasource, new RegExp(`url: http://${promService.metadata.name}:${promService.spec.ports[0].port}\\n`))
  assert.match(datasource, /uid: p2p-chat-prometheus/)
})

test('Prometheus configs pass promtool check config', { skip: has('promtool') ? false : 'promtool is not on PATH (apt-get install prometheus)' }, (t) => {
  const compose = run('promtool', ['check', 'config', 'deploy/docker/prometheus.yml'])
  assert.equal(compose.status, 0, compose.stdout + compose.stderr)
  const k8s = run('promtool', ['check', 'config', 'deploy/k3d/observability/prometheus.yml'])
  if (/field kubernetes_sd_configs not found/.test(k8s.stderr + k8s.stdout)) {
    // Debian builds Prometheus without Kubernetes discovery; the official image has it
    t.diagnostic('this promtool has no kubernetes_sd_configs (Debian build): the k3d config is checked by the tests above only')
    return
  }
  assert.equal(k8s.status, 0, k8s.stdout + k8s.stderr)
})

test('compose.yml is valid for docker-compose', { skip: has('docker-compose') ? false : 'docker-compose is not on PATH (apt-get install docker-compose)' }, () => {
  const r = run('docker-compose', ['-f', 'deploy/docker/compose.yml', 'config', '-q'])
  assert.equal(r.status, 0, r.stderr)
})

test('launch-k3d.sh --dry-run prints the whole launch and needs no tools', () => {
  const r = run('bash', ['scripts/launch-k3d.sh', '--dry-run'])
  assert.equal(r.status, 0, r.stderr)
  const commands = r.stdout.split('\n').filter(l => l.startsWith('+ '))
  const expected = [
    /^\+ env DOCKER_BUILDKIT=1 docker build -f deploy\/docker\/Dockerfile -t p2p-chat:local \.$/,
    /^\+ k3d cluster create p2p-chat --agents 6 /,
    /^\+ k3d image import p2p-chat:local --cluster p2p-chat$/,
    /create namespace p2p-chat/,
    /keygen --out \/out\/identity\.key$/,
    /create secret generic p2p-chat-bootstrap-identity/,
    /create configmap p2p-chat-bootstrap/,
    /^\+ kubectl --context k3d-p2p-chat apply -f -$/,
    /rollout status deployment\/prometheus/,
    /rollout status deployment\/grafana/,
    /rollout status statefulset\/p2p-chat-bootstrap/,
    /rollout status deployment\/p2p-chat-peer/
  ]
  assert.equal(commands.length, expected.length, r.stdout)
  expected.forEach((pattern, i) => { assert.match(commands[i], pattern) })
  const bad = run('bash', ['scripts/launch-k3d.sh', '--agents', 'seven'])
  assert.equal(bad.status, 2)
  assert.equal(bad.stderr, 'launch-k3d: --agents seven: expected a whole number\n')
})

test('shellcheck passes on every deploy script', { skip: has('shellcheck') ? false : 'shellcheck is not on PATH (apt-get install shellcheck)' }, () => {
  const r = run('shellcheck', ['-x', ...SHELL_SCRIPTS])
  assert.equal(r.status, 0, r.stdout)
})

test('the deploy test says SKIP in one line when not root', { skip: process.getuid?.() === 0 && has('setpriv') ? false : 'needs root and setpriv to drop to an unprivileged user' }, () => {
  const r = run('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'bash', join(ROOT, 'scripts/deploy-test.sh')])
  assert.equal(r.status, 0, r.stderr)
  assert.equal(r.stdout, 'SKIP deploy test: needs root to start a private Docker engine (run as root)\n')
})
