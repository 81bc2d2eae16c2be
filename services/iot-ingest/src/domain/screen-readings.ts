// Per-item screening of a readings batch (issue #7): bad items are rejected one by one with
// their index and reason while the rest are stored. Pure: the clock's "now" comes in.
import type { Reading } from './evaluate-readings.js';
import type { Sensor } from './sensor.js';

/** A reading as posted (already shaped by the route's schema). */
export interface PostedReading {
  readonly sensorId: string;
  readonly ts: string;
  /** null is what JSON.stringify makes of NaN/Infinity on a gateway, "NaN" what others send. */
  readonly value: number | string | null;
  readonly seq?: number | undefined;
}

/** Why one item was rejected. */
export type RejectionReason =
  | 'sensor-unknown'
  | 'sensor-foreign'
  | 'ts-invalid'
  | 'ts-in-future'
  | 'ts-too-old'
  | 'value-not-finite'
  | 'item-malformed';

/** A rejected item: its 0-based index in the batch and the reason. */
export interface ItemRejection {
  readonly index: number;
  readonly reason: RejectionReason;
}

/** Accepted readings grouped by sensor, in ascending timestamp order, and the rejections. */
export interface Screened {
  readonly bySensor: Map<Sensor, Reading[]>;
  readonly accepted: number;
  readonly rejected: ItemRejection[];
}

/** What screening needs to know. */
export interface ScreenContext {
  readonly gatewayId: string;
  readonly sensor: (id: string) => Sensor | undefined;
  readonly now: number;
  readonly futureSkewMs: number;
  readonly retentionMs: number;
}

// RFC 3339 with a mandatory offset: a reading without one would be read in the server's zone.
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/i;

/** Screens `items`; `malformed` lists indexes a parser could not read (NDJSON lines). */
export function screenReadings(
  items: readonly (PostedReading | undefined)[],
  ctx: ScreenContext,
): Screened {
  const bySensor = new Map<Sensor, Reading[]>();
  const rejected: ItemRejection[] = [];
  const latest = ctx.now + ctx.futureSkewMs;
  const earliest = ctx.now - ctx.retentionMs;
  let accepted = 0;
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    const reason = item === undefined ? 'item-malformed' : check(item, ctx, latest, earliest);
    if (typeof reason === 'string') {
      rejected.push({ index, reason });
      continue;
    }
    const list = bySensor.get(reason.sensor);
    const reading: Reading = { index, ts: reason.ts, value: reason.value, seq: item?.seq ?? null };
    if (list === undefined) bySensor.set(reason.sensor, [reading]);
    else list.push(reading);
    accepted++;
  }
  for (const list of bySensor.values()) {
    if (!sortedByTs(list)) list.sort((a, b) => a.ts - b.ts || a.index - b.index);
  }
  return { bySensor, accepted, rejected };
}

function check(
  item: PostedReading,
  ctx: ScreenContext,
  latest: number,
  earliest: number,
): RejectionReason | { sensor: Sensor; ts: number; value: number } {
  const sensor = ctx.sensor(item.sensorId);
  if (sensor === undefined) return 'sensor-unknown';
  if (sensor.gatewayId !== ctx.gatewayId) return 'sensor-foreign';
  const ts = RFC3339.test(item.ts) && realDay(item.ts) ? Date.parse(item.ts) : Number.NaN;
  if (Number.isNaN(ts)) return 'ts-invalid';
  if (ts > latest) return 'ts-in-future';
  if (ts < earliest) return 'ts-too-old';
  if (typeof item.value !== 'number' || !Number.isFinite(item.value)) return 'value-not-finite';
  return { sensor, ts, value: item.value };
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Date.parse rolls 2026-02-30 over into March; a reading with an impossible day is invalid. */
function realDay(ts: string): boolean {
  const year = Number(ts.slice(0, 4));
  const month = Number(ts.slice(5, 7));
  const day = Number(ts.slice(8, 10));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const last = month === 2 && leap ? 29 : (DAYS[month - 1] ?? 0);
  return day >= 1 && day <= last;
}

function sortedByTs(list: readonly Reading[]): boolean {
  for (let i = 1; i < list.length; i++) {
    if ((list[i] as Reading).ts < (list[i - 1] as Reading).ts) return false;
  }
  return true;
}
