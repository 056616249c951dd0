/**
 * A STUN Binding client (RFC 8489 §6.2.1 over UDP) on a socket it shares: it answers only the
 * transactions it started, so the same socket can carry other traffic.
 *
 * Retransmission follows RFC 8489: the first request after `rtoMs`, then doubling, `maxRequests`
 * requests in all, and a last wait of `lastWaitFactor` x RTO. The RFC's values (500 ms, 7, 16)
 * give up after 39.5 s; classification tests whose "no answer" is the result use a short budget.
 */
import type { Socket } from 'node:dgram'
import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'
import { decodeMessage, encodeBindingRequest, isStun, newTransactionId, parseBindingResponse } from './message.ts'
import type { BindingResponse } from './message.ts'
import { ChatError } from '../../errors.ts'

export interface StunServerAddress {
  host: string
  port: number
}

export interface RetransmitOptions {
  /** initial retransmission timeout, ms; default 500 (RFC 8489) */
  rtoMs?: number
  /** requests sent in all (Rc); default 7 */
  maxRequests?: number
  /** after the last request, wait this many RTOs (Rm); default 16 */
  lastWaitFactor?: number
}

export interface BindingOptions extends RetransmitOptions {
  /** RFC 5780 CHANGE-REQUEST: ask for the answer from the other address and/or port */
  change?: { ip: boolean, port: boolean }
  signal?: AbortSignal
}

export interface BindingResult extends BindingResponse {
  /** where the response came from */
  from: { address: string, port: number }
  rttMs: number
  requests: number
}

export class StunTimeoutError extends ChatError {
  static name = 'StunTimeoutError'
  constructor (message: string) {
    super(message)
  }
}

export const RFC_RETRANSMIT: Required<RetransmitOptions> = { rtoMs: 500, maxRequests: 7, lastWaitFactor: 16 }

/** Parses `HOST:PORT` (`[v6]:PORT` too); port defaults to 3478. Throws a one-line error naming the value. */
export function parseStunServer (value: string): StunServerAddress {
  const m = /^(?:\[([^\]]+)\]|([^:]+))(?::(\d{1,5}))?$/.exec(value)
  const port = m?.[3] != null ? Number(m[3]) : 3478
  if (m == null || port < 1 || port > 65535) throw new Error(`not a STUN server HOST:PORT: ${JSON.stringify(value)}`)
  return { host: m[1] ?? m[2], port }
}

export class StunClient {
  private readonly socket: Socket
  private readonly pending = new Map<string, (msg: Buffer, from: { address: string, port: number }) => void>()
  private readonly onMessage = (msg: Buffer, rinfo: { address: string, port: number }): void => {
    if (!isStun(msg)) return
    const key = msg.subarray(8, 20).toString('hex')
    this.pending.get(key)?.(msg, { address: rinfo.address, port: rinfo.port })
  }

  constructor (socket: Socket) {
    this.socket = socket
    socket.on('message', this.onMessage)
  }

  close (): void {
    this.socket.off('message', this.onMessage)
    this.pending.clear()
  }

  /** One Binding transaction; rejects with StunTimeoutError when no answer came. */
  async binding (server: StunServerAddress, options: BindingOptions = {}): Promise<BindingResult> {
    const { rtoMs, maxRequests, lastWaitFactor } = { ...RFC_RETRANSMIT, ...stripUndefined(options) }
    const host = isIP(server.host) !== 0 ? server.host : (await lookup(server.host, { family: 4 })).address
    const id = newTransactionId()
    const key = id.toString('hex')
    const request = encodeBindingRequest(id, options.change)
    const started = performance.now()
    let requests = 0
    return await new Promise<BindingResult>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined
      const finish = (): void => {
        clearTimeout(timer)
        this.pending.delete(key)
        options.signal?.removeEventListener('abort', onAbort)
      }
      const onAbort = (): void => { finish(); reject(options.signal?.reason ?? new Error('aborted')) }
      this.pending.set(key, (msg, from) => {
        try {
          const response = parseBindingResponse(decodeMessage(msg))
          finish()
          resolve({ ...response, from, rttMs: performance.now() - started, requests })
        } catch (err) {
          finish()
          reject(err)
        }
      })
      options.signal?.addEventListener('abort', onAbort)
      const send = (rto: number): void => {
        requests++
        this.socket.send(request, server.port, host, err => { if (err != null) { finish(); reject(err) } })
        const last = requests >= maxRequests
        timer = setTimeout(() => {
          if (!last) { send(rto * 2); return }
          finish()
          reject(new StunTimeoutError(`no STUN answer from ${server.host}:${server.port} after ${requests} requests`))
        }, last ? rtoMs * lastWaitFactor : rto)
      }
      send(rtoMs)
    })
  }
}

function stripUndefined<T extends object> (o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>
}
