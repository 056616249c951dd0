/**
 * The progress line on a terminal (phase, nodes up, messages sent and delivered, time left);
 * nothing when stderr is not a terminal, so logs and CI output stay clean.
 */
export interface ProgressState {
  phase: string
  nodesUp: number
  nodesReady: number
  nodes: number
  published: number
  delivered: number
  /** ms left in the current phase, when it has an end */
  leftMs?: number
  cpuPct: number
}

export interface Progress {
  update: (state: ProgressState) => void
  done: () => void
}

export function progress (stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY !== true) return { update: () => {}, done: () => {} }
  let shown = false
  return {
    update (s) {
      const left = s.leftMs != null ? ` | ${Math.max(0, Math.ceil(s.leftMs / 1000))} s left` : ''
      const line = `${s.phase} | nodes up ${s.nodesUp}/${s.nodes}, in a ready room ${s.nodesReady} | sent ${s.published}, delivered ${s.delivered}${left} | cpu ${s.cpuPct.toFixed(0)} %`
      // a terminal of unknown size (a pty without one: `script`, CI) reports 0 columns
      const columns = stream.columns > 0 ? stream.columns : 120
      stream.write(`\r\x1b[K${line.slice(0, columns - 1)}`)
      shown = true
    },
    done () { if (shown) stream.write('\r\x1b[K') }
  }
}
