/** `promise`, or a failure naming `what` once `ms` have passed: for a wait on an event that may never come. */
export async function within<T> (what: string, ms: number, promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const deadline = new Promise<never>((_resolve, reject) => { timer = setTimeout(() => { reject(new Error(`${what}: not within ${ms} ms`)) }, ms) })
  try { return await Promise.race([promise, deadline]) } finally { clearTimeout(timer) }
}

/**
 * Checks a condition every `intervalMs` until it yields a value, failing at the deadline with the
 * last error the check threw (a check may throw to say why it is not satisfied yet). For states
 * that announce no event: an HTTP answer, a counter in another process.
 */
export async function pollUntil<T> (what: string, timeoutMs: number, check: () => T | undefined | Promise<T | undefined>, intervalMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last: unknown
  for (;;) {
    try {
      const value = await check()
      if (value !== undefined) return value
    } catch (err) { last = err }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last != null ? `: ${last instanceof Error ? last.message : String(last)}` : ''}`)
    }
    await new Promise(resolve => setTimeout(resolve, intervalMs))
  }
}
