/**
 * The tc batches that cap a machine's links (lab.limitRate). A machine's own cap is one tbf; caps
 * per destination are an htb tree on the machine's egress: one class per capped destination (a
 * class is a cap, so two destinations never share one), under a parent at the machine's uplink
 * cap, with a u32 filter on the destination address, and everything else in an uncapped default
 * class. Pure: renders text, runs nothing.
 */

/** One capped link: what the machine sends to `address`, at most `mbit` Mbit/s. */
export interface LinkCap { address: string, mbit: number }

/** htb's rate where nothing caps: far above anything a veth pair carries here. */
const UNCAPPED_MBIT = 100_000
const FRAME = 1514

/** 1 ms at the rate and at least two full frames (why: tbfCommand). */
export const bucketBytes = (mbit: number): number => Math.max(2 * FRAME, Math.round(mbit * 1e6 / 8 * 0.001))
/** 100 ms at the rate, like a router's buffer; at least a few frames. */
const queueBytes = (mbit: number): number => Math.max(4 * FRAME, Math.round(mbit * 1e6 / 8 * 0.1))

/**
 * A tc batch line that caps `dev` at `mbit` (tbf), or removes the cap. The bucket holds 1 ms at the
 * rate and at least two full frames: a burst bigger than that would let the start of a message
 * through faster than the link (15 kB at 1 Mbit/s is 120 ms of a 64 KiB message's 524 ms
 * serialisation), and tbf's timer is a hrtimer, so a small bucket costs no accuracy. The queue
 * holds 100 ms at the rate, like a router's buffer.
 */
export function tbfCommand (dev: string, mbit: number | undefined): string {
  if (mbit == null) return `qdisc del dev ${dev} root`
  return `qdisc replace dev ${dev} root tbf rate ${mbit}mbit burst ${bucketBytes(mbit)} latency 100ms`
}

/**
 * The egress of a machine: its uplink cap alone (tbf), or with caps per destination (htb). The
 * same bucket and queue sizes as tbf, so a capped link serialises like a capped uplink.
 */
export function egressCommands (dev: string, upMbit: number | undefined, links: readonly LinkCap[]): string[] {
  if (links.length === 0) return [tbfCommand(dev, upMbit)]
  const parent = upMbit ?? UNCAPPED_MBIT
  const cls = (id: string, mbit: number, under = '1:1'): string =>
    `class add dev ${dev} parent ${under} classid 1:${id} htb rate ${mbit}mbit ceil ${mbit}mbit burst ${bucketBytes(mbit)} cburst ${bucketBytes(mbit)}`
  const leaf = (id: string, mbit: number): string => `qdisc add dev ${dev} parent 1:${id} bfifo limit ${queueBytes(mbit)}`
  const out = [
    `qdisc replace dev ${dev} root handle 1: htb default ffff`,
    cls('1', parent, '1:'),
    cls('ffff', parent), leaf('ffff', parent)
  ]
  links.forEach((link, k) => {
    const id = (0x10 + k).toString(16)
    const mbit = Math.min(link.mbit, parent)
    out.push(cls(id, mbit), leaf(id, mbit), `filter add dev ${dev} parent 1: protocol ip prio 1 u32 match ip dst ${link.address}/32 flowid 1:${id}`)
  })
  return out
}
