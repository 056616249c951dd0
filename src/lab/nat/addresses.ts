/**
 * The NAT lab's fixed internet addresses, on their own so the STUN server (stun-server.ts) and the
 * trials (pair.ts) need not import the lab that starts them. 16.0.0.0/16: see lab.ts.
 */
export const INTERNET_PREFIX_LENGTH = 16
export const STUN_ADDRESSES = ['16.0.0.2', '16.0.0.3'] as const
export const STUN_PORT = 3478
export const STUN_ALT_PORT = 3479
export const RELAY_ADDRESS = '16.0.0.10'
