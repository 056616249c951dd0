/**
 * STUN messages (RFC 8489) as far as a Binding client needs them, plus RFC 5780's CHANGE-REQUEST,
 * RESPONSE-ORIGIN and OTHER-ADDRESS. Pure encoding and decoding, no I/O.
 *
 * No npm library qualifies: the maintained ones are full WebRTC/TURN stacks, the small ones are
 * unmaintained (RFC 5389 era, no RFC 5780 attributes). A Binding client is ~150 lines.
 */
import { randomBytes } from 'node:crypto'
import { ChatError } from '../../errors.ts'

export const MAGIC_COOKIE = 0x2112a442
export const HEADER_LENGTH = 20

export const MessageType = {
  bindingRequest: 0x0001,
  bindingSuccess: 0x0101,
  bindingError: 0x0111
} as const

export const Attribute = {
  mappedAddress: 0x0001,
  changeRequest: 0x0003,
  errorCode: 0x0009,
  xorMappedAddress: 0x0020,
  software: 0x8022,
  fingerprint: 0x8028,
  responseOrigin: 0x802b,
  otherAddress: 0x802c
} as const

export interface TransportAddress {
  family: 'IPv4' | 'IPv6'
  address: string
  port: number
}

/** HOST:PORT, with an IPv6 host in brackets. */
export function formatTransportAddress (a: TransportAddress): string {
  return a.family === 'IPv6' ? `[${a.address}]:${a.port}` : `${a.address}:${a.port}`
}

export interface StunMessage {
  type: number
  transactionId: Buffer
  attributes: Array<{ type: number, value: Buffer }>
}

export class StunDecodeError extends ChatError {
  static name = 'StunDecodeError'
  constructor (message: string) {
    super(message)
  }
}

export function newTransactionId (): Buffer {
  return randomBytes(12)
}

/** A Binding request; `change` adds an RFC 5780 CHANGE-REQUEST (answer from the other IP and/or port). */
export function encodeBindingRequest (transactionId: Buffer, change?: { ip: boolean, port: boolean }): Buffer {
  const attrs: Buffer[] = []
  if (change != null && (change.ip || change.port)) {
    const a = Buffer.alloc(8)
    a.writeUInt16BE(Attribute.changeRequest, 0)
    a.writeUInt16BE(4, 2)
    a.writeUInt32BE((change.ip ? 0x4 : 0) | (change.port ? 0x2 : 0), 4)
    attrs.push(a)
  }
  const body = Buffer.concat(attrs)
  const header = Buffer.alloc(HEADER_LENGTH)
  header.writeUInt16BE(MessageType.bindingRequest, 0)
  header.writeUInt16BE(body.length, 2)
  header.writeUInt32BE(MAGIC_COOKIE, 4)
  transactionId.copy(header, 8)
  return Buffer.concat([header, body])
}

/** True when `buf` looks like a STUN message (RFC 8489 §5: top two bits zero, magic cookie). */
export function isStun (buf: Buffer): boolean {
  return buf.length >= HEADER_LENGTH && (buf[0] & 0xc0) === 0 && buf.readUInt32BE(4) === MAGIC_COOKIE && buf.readUInt16BE(2) % 4 === 0
}

export function decodeMessage (buf: Buffer): StunMessage {
  if (!isStun(buf)) throw new StunDecodeError('not a STUN message (header, magic cookie or length)')
  const length = buf.readUInt16BE(2)
  if (HEADER_LENGTH + length > buf.length) throw new StunDecodeError(`truncated: header says ${length} bytes, ${buf.length - HEADER_LENGTH} present`)
  const attributes: StunMessage['attributes'] = []
  let offset = HEADER_LENGTH
  const end = HEADER_LENGTH + length
  while (offset + 4 <= end) {
    const type = buf.readUInt16BE(offset)
    const len = buf.readUInt16BE(offset + 2)
    if (offset + 4 + len > end) throw new StunDecodeError(`attribute 0x${type.toString(16)} overruns the message`)
    attributes.push({ type, value: buf.subarray(offset + 4, offset + 4 + len) })
    offset += 4 + Math.ceil(len / 4) * 4
  }
  return { type: buf.readUInt16BE(0), transactionId: Buffer.from(buf.subarray(8, 20)), attributes }
}

function decodeAddress (value: Buffer, xor: Buffer | undefined): TransportAddress {
  if (value.length < 8) throw new StunDecodeError('address attribute too short')
  const familyCode = value[1]
  let port = value.readUInt16BE(2)
  if (xor != null) port ^= MAGIC_COOKIE >>> 16
  if (familyCode === 0x01) {
    const raw = Buffer.from(value.subarray(4, 8))
    if (xor != null) for (let i = 0; i < 4; i++) raw[i] ^= xor[i]
    return { family: 'IPv4', address: [...raw].join('.'), port }
  }
  if (familyCode === 0x02) {
    if (value.length < 20) throw new StunDecodeError('IPv6 address attribute too short')
    const raw = Buffer.from(value.subarray(4, 20))
    if (xor != null) for (let i = 0; i < 16; i++) raw[i] ^= xor[i]
    const groups: string[] = []
    for (let i = 0; i < 16; i += 2) groups.push(raw.readUInt16BE(i).toString(16))
    return { family: 'IPv6', address: groups.join(':'), port }
  }
  throw new StunDecodeError(`unknown address family 0x${familyCode.toString(16)}`)
}

export interface BindingResponse {
  /** XOR-MAPPED-ADDRESS, or MAPPED-ADDRESS from an RFC 3489 server */
  mapped: TransportAddress
  /** RFC 5780: where the response was sent from */
  responseOrigin?: TransportAddress
  /** RFC 5780: the server's alternate address and port (CHANGE-REQUEST support) */
  otherAddress?: TransportAddress
}

/** The addresses of a Binding success response; throws on an error response or a missing mapping. */
export function parseBindingResponse (msg: StunMessage): BindingResponse {
  if (msg.type === MessageType.bindingError) {
    const err = msg.attributes.find(a => a.type === Attribute.errorCode)?.value
    const code = err != null && err.length >= 4 ? err[2] * 100 + err[3] : 0
    const reason = err != null ? err.subarray(4).toString('utf8') : ''
    throw new StunDecodeError(`Binding error response ${code} ${reason}`.trim())
  }
  if (msg.type !== MessageType.bindingSuccess) throw new StunDecodeError(`not a Binding response (type 0x${msg.type.toString(16)})`)
  const xorKey = Buffer.alloc(16)
  xorKey.writeUInt32BE(MAGIC_COOKIE, 0)
  msg.transactionId.copy(xorKey, 4)
  const find = (type: number): Buffer | undefined => msg.attributes.find(a => a.type === type)?.value
  const xorMapped = find(Attribute.xorMappedAddress)
  const plainMapped = find(Attribute.mappedAddress)
  if (xorMapped == null && plainMapped == null) throw new StunDecodeError('Binding response without (XOR-)MAPPED-ADDRESS')
  const mapped = xorMapped != null ? decodeAddress(xorMapped, xorKey) : decodeAddress(plainMapped as Buffer, undefined)
  const origin = find(Attribute.responseOrigin)
  const other = find(Attribute.otherAddress)
  return {
    mapped,
    ...(origin != null ? { responseOrigin: decodeAddress(origin, undefined) } : {}),
    ...(other != null ? { otherAddress: decodeAddress(other, undefined) } : {})
  }
}

/** Encodes an address attribute value (for tests and fake servers). */
export function encodeAddress (addr: TransportAddress, transactionId?: Buffer): Buffer {
  if (addr.family !== 'IPv4') throw new StunDecodeError('encodeAddress: only IPv4')
  const v = Buffer.alloc(8)
  v[1] = 0x01
  const octets = addr.address.split('.').map(Number)
  if (transactionId != null) {
    v.writeUInt16BE(addr.port ^ (MAGIC_COOKIE >>> 16), 2)
    const key = Buffer.alloc(4)
    key.writeUInt32BE(MAGIC_COOKIE, 0)
    octets.forEach((o, i) => { v[4 + i] = o ^ key[i] })
  } else {
    v.writeUInt16BE(addr.port, 2)
    octets.forEach((o, i) => { v[4 + i] = o })
  }
  return v
}
