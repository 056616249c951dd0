/**
 * The closed set of answers a recipient gives to a direct message. Codes travel in `DmAck.status`;
 * names are what metrics labels and NDJSON lines carry.
 */

export const DM_STATUS = {
  DELIVERED: 0,
  /** the recipient's policy refuses the sender; the reason says which rule */
  REFUSED: 1,
  /** the frame's length prefix is above the recipient's cap */
  TOO_LARGE: 2,
  /** the sender is over its per-peer budget */
  RATE_LIMITED: 3,
  /** malformed message, bad signature or invalid payload; the reason names which */
  BAD_REQUEST: 4
} as const

export type DmStatus = typeof DM_STATUS[keyof typeof DM_STATUS]

export const DM_STATUS_NAMES = ['delivered', 'refused', 'too_large', 'rate_limited', 'bad_request'] as const

export type DmStatusName = typeof DM_STATUS_NAMES[number]

/** The label of a status code (codes index the names). */
export function dmStatusName (status: DmStatus): DmStatusName {
  return DM_STATUS_NAMES[status]
}

/** The code as a `DmStatus`, or undefined for a number outside the set (a newer or broken peer). */
export function toDmStatus (code: number): DmStatus | undefined {
  return Number.isInteger(code) && code >= 0 && code < DM_STATUS_NAMES.length ? code as DmStatus : undefined
}
