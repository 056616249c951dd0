/**
 * Adapter from gossipsub's `MetricsRegister` to a prom-client `Registry`. gossipsub does not report
 * through libp2p's metrics; it only reports through this register.
 *
 * gossipsub declares its monotonic counters as gauges named `*_total`; they become prom-client
 * Counters here, so they are typed correctly (the remaining naming fixes are in exposition.ts).
 *
 * `taps` let the node observe individual gossipsub metrics as they move: the only place where,
 * for instance, messages with a bad signature (dropped inside gossipsub) become visible.
 */
import { Counter, Gauge, Histogram } from 'prom-client'
import type { Registry } from 'prom-client'
import type { MetricsRegister } from '@libp2p/gossipsub/metrics'

type Labels = Record<string, string | number>
export type MetricTap = (labels: Labels, value: number) => void

export interface GossipsubMetricsInit {
  registry: Registry
  taps?: Record<string, MetricTap>
  /**
   * Register every gossipsub metric in `registry`. When false only the taps run (the project's
   * own counters and signature refusals depend on them) and nothing else is recorded. Default: true.
   */
  expose?: boolean
}

const noop = (): void => {}
/** What gossipsub gets for a metric nobody reads: taps still fire, nothing is stored. */
function tapOnly (tap?: MetricTap): any {
  return {
    inc: tap == null ? noop : (a?: Labels | number, b?: number) => { const [labels, value = 1] = args(a, b); tap(labels, value) },
    set: noop,
    addCollect: noop,
    startTimer: () => () => 0,
    observe: noop,
    reset: noop
  }
}

interface AnyConfig { name: string, help: string, labelNames?: string[], buckets?: number[] }

/** Splits gossipsub's `(labels, value)` / `(value)` call forms. */
function args (a?: Labels | number, b?: number): [Labels, number | undefined] {
  return typeof a === 'object' ? [a, b] : [{}, a]
}

export function gossipsubMetricsRegister (init: GossipsubMetricsInit): MetricsRegister {
  const { registry, taps = {}, expose = true } = init

  const gauge = (config: AnyConfig): any => {
    const tap = taps[config.name]
    if (!expose) return tapOnly(tap)
    const labelNames = config.labelNames ?? []
    if (config.name.endsWith('_total')) {
      const counter = new Counter({ name: config.name, help: config.help, labelNames, registers: [registry] })
      return {
        inc (a?: Labels | number, b?: number) {
          const [labels, value = 1] = args(a, b)
          counter.inc(labels, value)
          tap?.(labels, value)
        },
        set (a: Labels | number, b?: number) {
          // a counter only moves up; gossipsub never sets its *_total metrics, this keeps the type total
          const [labels, value = 0] = args(a, b)
          counter.reset()
          counter.inc(labels, value)
        },
        addCollect () {
          throw new Error(`gossipsub metric ${config.name} is a counter and cannot take a collect function`)
        }
      }
    }
    const collectors: Array<(g: any) => void> = []
    const adapter: any = {}
    const g = new Gauge({
      name: config.name,
      help: config.help,
      labelNames,
      registers: [registry],
      collect () { for (const fn of collectors) fn(adapter) }
    })
    adapter.inc = (a?: Labels | number, b?: number) => {
      const [labels, value = 1] = args(a, b)
      g.inc(labels, value)
      tap?.(labels, value)
    }
    adapter.set = (a: Labels | number, b?: number) => {
      const [labels, value = 0] = args(a, b)
      g.set(labels, value)
    }
    adapter.addCollect = (fn: (g: any) => void) => { collectors.push(fn) }
    return adapter
  }

  const histogram = (config: AnyConfig): any => {
    if (!expose) return tapOnly()
    const h = new Histogram({
      name: config.name,
      help: config.help,
      labelNames: config.labelNames ?? [],
      ...(config.buckets != null ? { buckets: config.buckets } : {}),
      registers: [registry]
    })
    return {
      startTimer: () => h.startTimer(),
      observe (a: Labels | number, b?: number) {
        const [labels, value = 0] = args(a, b)
        h.observe(labels, value)
      },
      reset: () => { h.reset() }
    }
  }

  const avgMinMax = (config: AnyConfig): any => {
    if (!expose) return tapOnly()
    const g = new Gauge({
      name: config.name,
      help: `${config.help} (stat: avg, min or max of the last set)`,
      labelNames: [...(config.labelNames ?? []), 'stat'],
      registers: [registry]
    })
    return {
      set (a: Labels | number[], b?: number[]) {
        const [labels, values] = Array.isArray(a) ? [{}, a] : [a, b ?? []]
        if (values.length === 0) return
        let min = Infinity
        let max = -Infinity
        let sum = 0
        for (const v of values) {
          if (v < min) min = v
          if (v > max) max = v
          sum += v
        }
        g.set({ ...labels, stat: 'avg' }, sum / values.length)
        g.set({ ...labels, stat: 'min' }, min)
        g.set({ ...labels, stat: 'max' }, max)
      }
    }
  }

  return { gauge, histogram, avgMinMax } as MetricsRegister
}
