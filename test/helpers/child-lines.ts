/** Waiting on what a child process prints. */
import type { spawn } from 'node:child_process'

/** The first stdout line of `child` that starts with `prefix`; rejects on exit or after `timeoutMs`. */
export async function waitForLine (child: ReturnType<typeof spawn>, prefix: string, timeoutMs: number): Promise<string> {
  return await new Promise((resolve, reject) => {
    let buffered = ''
    const timer = setTimeout(() => reject(new Error(`no "${prefix}" line within ${timeoutMs} ms: ${buffered}`)), timeoutMs)
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk
      const line = buffered.split('\n').find(l => l.startsWith(prefix))
      if (line != null) { clearTimeout(timer); resolve(line) }
    })
    child.on('exit', code => { clearTimeout(timer); reject(new Error(`exited (${code}) before "${prefix}": ${buffered}`)) })
  })
}
