// Stable codes of the iot domain's rejections (no HTTP status here: STYLE.md rule 6).

/** Codes a decide function or a use case may refuse with. */
export const IotCodes = {
  /** The alarm is not in a state that allows the command (e.g. dispose before acknowledge). */
  illegalTransition: 'IOT.ILLEGAL_TRANSITION',
  /** Limits out of order (low-low ≤ low < high ≤ high-high) or a range that excludes them. */
  limitsInvalid: 'IOT.LIMITS_INVALID',
  /** A toxic-gas sensor in ppm needs its gas's OEL to derive the GB/T 50493 limits. */
  oelRequired: 'IOT.OEL_REQUIRED',
  /** The unit does not fit the kind (e.g. combustible gas not in % LEL). */
  unitInvalid: 'IOT.UNIT_INVALID',
  /** The enterprise is not in the directory projection and no region was given. */
  regionRequired: 'IOT.REGION_REQUIRED',
  /** The sensor is bound to another gateway/enterprise than the gateway named. */
  gatewayMismatch: 'IOT.GATEWAY_MISMATCH',
  /** The USCC's check digit is wrong (GB 32100-2015). */
  usccInvalid: 'IOT.USCC_INVALID',
  /** A readings query spans too many buckets. */
  rangeTooLarge: 'IOT.RANGE_TOO_LARGE',
} as const;
