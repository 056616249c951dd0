/**
 * Buffered CSV output written to `<file>.tmp` and renamed at the end, so a reader never sees half a
 * file and an interrupted analysis leaves the previous one intact.
 */
import { open, rename, rm } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'

export type CsvValue = string | number | null | undefined

const FLUSH_CHARS = 1 << 20

export function csvField (v: CsvValue): string {
  if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return ''
  const s = typeof v === 'number' ? String(Math.round(v * 1000) / 1000) : v
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s
}

export class CsvWriter {
  private readonly path: string
  private readonly handle: FileHandle
  private buffer = ''

  private constructor (path: string, handle: FileHandle) {
    this.path = path
    this.handle = handle
  }

  static async create (path: string, columns: readonly string[]): Promise<CsvWriter> {
    const w = new CsvWriter(path, await open(`${path}.tmp`, 'w'))
    w.buffer = columns.join(',') + '\n'
    return w
  }

  async row (values: readonly CsvValue[]): Promise<void> {
    this.buffer += values.map(csvField).join(',') + '\n'
    if (this.buffer.length >= FLUSH_CHARS) await this.flush()
  }

  private async flush (): Promise<void> {
    if (this.buffer === '') return
    const chunk = this.buffer
    this.buffer = ''
    await this.handle.write(chunk)
  }

  async close (): Promise<void> {
    await this.flush()
    await this.handle.close()
    await rename(`${this.path}.tmp`, this.path)
  }

  async abort (): Promise<void> {
    await this.handle.close().catch(() => {})
    await rm(`${this.path}.tmp`, { force: true })
  }
}
