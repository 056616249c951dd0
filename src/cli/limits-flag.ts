/**
 * `--limits lab|FILE`: raise (or lower) the node's resource budget (src/node/resource-budget.ts,
 * docs/security.md). `lab` lifts the per-host limits for rooms where many honest nodes share one
 * address; a FILE is YAML or JSON naming budget keys, e.g. `{ connectionsPerHost: 64 }`.
 */
import { readFileSync, statSync } from 'node:fs'
import { parse as parseYaml } from 'yaml'
import { LAB_RESOURCE_BUDGET, RESOURCE_BUDGET_KEYS } from '../node/resource-budget.ts'
import type { ResourceBudget } from '../node/resource-budget.ts'

/** Budget files are a few lines; anything larger is not one. */
const MAX_LIMITS_FILE_BYTES = 64 * 1024

export function parseLimitsFlag (value: string, usageError: (message: string) => Error): Partial<ResourceBudget> {
  if (value === 'lab') return { ...LAB_RESOURCE_BUDGET }
  const where = `--limits ${value}`
  let text: string
  try {
    const stat = statSync(value)
    if (!stat.isFile()) throw usageError(`${where}: not a regular file (expected "lab" or a YAML/JSON budget file)`)
    if (stat.size > MAX_LIMITS_FILE_BYTES) throw usageError(`${where}: ${stat.size} bytes; a budget file is at most ${MAX_LIMITS_FILE_BYTES}`)
    text = readFileSync(value, 'utf8')
  } catch (err: any) {
    if (err.code == null) throw err
    throw usageError(`${where}: ${err.code === 'ENOENT' ? 'no such file (expected "lab" or a YAML/JSON budget file)' : `cannot be read (${err.code})`}`)
  }
  let doc: unknown
  try {
    doc = parseYaml(text)
  } catch (err: any) {
    throw usageError(`${where}: not YAML or JSON (${err.message.split('\n')[0]})`)
  }
  if (doc == null || typeof doc !== 'object' || Array.isArray(doc)) throw usageError(`${where}: expected a mapping of budget keys to numbers`)
  const budget: Partial<ResourceBudget> = {}
  for (const [key, raw] of Object.entries(doc)) {
    if (!(RESOURCE_BUDGET_KEYS as string[]).includes(key)) {
      throw usageError(`${where}: unknown key ${JSON.stringify(key)}; known keys: ${RESOURCE_BUDGET_KEYS.join(', ')}`)
    }
    if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 1) {
      throw usageError(`${where}: ${key} must be a positive integer, got ${JSON.stringify(raw)}`)
    }
    budget[key as keyof ResourceBudget] = raw
  }
  return budget
}
