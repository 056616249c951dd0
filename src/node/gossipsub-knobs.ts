/**
 * The room's gossipsub parameters a researcher varies, with their defaults in one place: js
 * gossipsub's own (D = 6, heartbeat 1 s, ...) except where the room already chose otherwise.
 * `resolveGossipsubKnobs` fills what is not given and checks the relations gossipsub needs
 * (Dout < Dlo <= D <= Dhi, Dout <= D / 2), naming the knob that breaks them.
 *
 * The mesh degrees that are not given follow D the way js's defaults follow its D = 6
 * (Dlo = round(2D/3), Dhi = 2D, Dscore = round(2D/3), Dlazy = D, Dout = min(2, floor(D/2), Dlo - 1)),
 * so that a sweep over D alone stays a valid gossipsub at every point.
 */
import { ChatError } from './errors.ts'

export type ScoringProfile = 'chat-room' | 'off'

export interface GossipsubKnobs {
  /** mesh degree target, and its bounds: below Dlo the heartbeat grafts, above Dhi it prunes */
  D: number
  Dlo: number
  Dhi: number
  /** peers kept by score when pruning an oversubscribed mesh */
  Dscore: number
  /** outbound connections the mesh keeps */
  Dout: number
  /** peers gossiped to (IHAVE) each heartbeat */
  Dlazy: number
  heartbeatIntervalMs: number
  /** heartbeats a message stays in the message cache (IWANT served) */
  mcacheLength: number
  /** of which the most recent are advertised in IHAVE */
  mcacheGossip: number
  fanoutTTLMs: number
  /** how long a message id is remembered as seen (duplicates dropped) */
  seenTTLMs: number
  /** publish to every topic peer with a good score, not only the mesh */
  floodPublish: boolean
  /** send IDONTWANT for received messages of at least `idontwantMinBytes` */
  idontwant: boolean
  idontwantMinBytes: number
  /** graft better-scoring peers every 60 heartbeats when the mesh's median score is low */
  opportunisticGraft: boolean
  /** `chat-room`: the room's scoring (src/node/scoring.ts); `off`: no topic score, no penalties */
  scoring: ScoringProfile
  /** added to every received message's validation before it is forwarded, ms (gossipsub-interop models 5 ms) */
  validationDelayMs: number
}

export const DEFAULT_GOSSIPSUB_KNOBS: Readonly<GossipsubKnobs> = Object.freeze({
  D: 6,
  Dlo: 4,
  Dhi: 12,
  Dscore: 4,
  Dout: 2,
  Dlazy: 6,
  heartbeatIntervalMs: 1000,
  mcacheLength: 5,
  mcacheGossip: 3,
  fanoutTTLMs: 60_000,
  seenTTLMs: 120_000,
  floodPublish: true,
  idontwant: true,
  idontwantMinBytes: 512,
  opportunisticGraft: true,
  scoring: 'chat-room',
  validationDelayMs: 0
})

export const GOSSIPSUB_KNOB_NAMES = Object.keys(DEFAULT_GOSSIPSUB_KNOBS) as Array<keyof GossipsubKnobs>

export class GossipsubKnobError extends ChatError {
  static name = 'GossipsubKnobError'
  static culpritFirst = true
}

/** The knobs with every one not given filled in (the mesh degrees from D), checked. */
export function resolveGossipsubKnobs (given: Partial<GossipsubKnobs> = {}): GossipsubKnobs {
  const D = given.D ?? DEFAULT_GOSSIPSUB_KNOBS.D
  const fromD = D === DEFAULT_GOSSIPSUB_KNOBS.D ? {} : { Dlo: Math.max(1, Math.round(2 * D / 3)), Dhi: 2 * D, Dscore: Math.round(2 * D / 3), Dlazy: D }
  const k: GossipsubKnobs = { ...DEFAULT_GOSSIPSUB_KNOBS, ...fromD, ...withoutUndefined(given), D }
  if (given.Dout === undefined) k.Dout = Math.max(0, Math.min(DEFAULT_GOSSIPSUB_KNOBS.Dout, Math.floor(k.D / 2), k.Dlo - 1))
  checkKnobs(k)
  return k
}

function withoutUndefined<T extends object> (o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>
}

function checkKnobs (k: GossipsubKnobs): void {
  const fail = (msg: string): never => { throw new GossipsubKnobError(msg) }
  for (const name of GOSSIPSUB_KNOB_NAMES) {
    const v = k[name]
    const expected = typeof DEFAULT_GOSSIPSUB_KNOBS[name]
    if (typeof v !== expected) fail(`${name}: expected a ${expected}, got ${JSON.stringify(v)}`)
    if (typeof v === 'number' && !(Number.isFinite(v) && v >= 0)) fail(`${name}: expected a number >= 0, got ${v}`)
  }
  for (const name of ['D', 'Dlo', 'Dhi', 'Dscore', 'Dout', 'Dlazy', 'mcacheLength', 'mcacheGossip', 'idontwantMinBytes'] as const) {
    if (!Number.isInteger(k[name])) fail(`${name}: expected a whole number, got ${k[name]}`)
  }
  if (k.D < 1) fail(`D: must be at least 1, got ${k.D}`)
  if (k.Dlo > k.D) fail(`Dlo: ${k.Dlo} must be <= D (${k.D})`)
  if (k.Dhi < k.D) fail(`Dhi: ${k.Dhi} must be >= D (${k.D})`)
  if (k.Dout > 0 && k.Dout >= k.Dlo) fail(`Dout: ${k.Dout} must be < Dlo (${k.Dlo})`)
  if (k.Dout > k.D / 2) fail(`Dout: ${k.Dout} must be <= D / 2 (${k.D / 2})`)
  if (k.Dscore > k.Dhi) fail(`Dscore: ${k.Dscore} must be <= Dhi (${k.Dhi})`)
  if (k.mcacheGossip > k.mcacheLength) fail(`mcacheGossip: ${k.mcacheGossip} must be <= mcacheLength (${k.mcacheLength})`)
  if (k.mcacheLength < 1) fail(`mcacheLength: must be at least 1, got ${k.mcacheLength}`)
  if (k.heartbeatIntervalMs < 10) fail(`heartbeatIntervalMs: must be at least 10, got ${k.heartbeatIntervalMs}`)
  if (!['chat-room', 'off'].includes(k.scoring)) fail(`scoring: expected "chat-room" or "off", got ${JSON.stringify(k.scoring)}`)
}

/** js gossipsub's options for the knobs (scoring and the validation delay are applied by the room itself). */
export function gossipsubOptionsOf (k: GossipsubKnobs): Record<string, number | boolean> {
  return {
    D: k.D,
    Dlo: k.Dlo,
    Dhi: k.Dhi,
    Dscore: k.Dscore,
    Dout: k.Dout,
    Dlazy: k.Dlazy,
    heartbeatInterval: k.heartbeatIntervalMs,
    mcacheLength: k.mcacheLength,
    mcacheGossip: k.mcacheGossip,
    fanoutTTL: k.fanoutTTLMs,
    seenTTL: k.seenTTLMs,
    floodPublish: k.floodPublish,
    // js has no switch: a threshold no message reaches turns sending IDONTWANT off
    idontwantMinDataSize: k.idontwant ? k.idontwantMinBytes : Number.MAX_SAFE_INTEGER,
    // js grafts `opportunisticGraftPeers` peers; none is off
    ...(k.opportunisticGraft ? {} : { opportunisticGraftPeers: 0 })
  }
}
