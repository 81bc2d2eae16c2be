// Official numbers: application numbers (the public tracking key), licence numbers and
// decision numbers, each from a per-year counter in the caller's transaction. The
// application number also carries random characters so that numbers cannot be enumerated on
// the public tracking page.
import { randomBytes } from 'node:crypto';
import { nextNumber } from '../db/counters.js';
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';
import { localDate } from './local-date.js';

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

function year(deps: Pick<Deps, 'clock'>): string {
  return localDate(deps.clock.now()).slice(0, 4);
}

/** `HZ-SQ-2026-000123-K7QZ`: an application number. */
export async function applicationNumber(deps: Deps, tx: Executor): Promise<string> {
  const y = year(deps);
  const n = await nextNumber(tx, `application:${y}`);
  const tail = [...randomBytes(4)].map((b) => ALPHABET[b % ALPHABET.length]).join('');
  return `${deps.config.PERMITS_NUMBER_PREFIX}-SQ-${y}-${String(n).padStart(6, '0')}-${tail}`;
}

/** `HZ-XK-2026-0042`: a licence number. */
export async function licenceNumber(deps: Deps, tx: Executor): Promise<string> {
  const y = year(deps);
  const n = await nextNumber(tx, `licence:${y}`);
  return `${deps.config.PERMITS_NUMBER_PREFIX}-XK-${y}-${String(n).padStart(4, '0')}`;
}

/** `HZ-JD-2026-0007`: a decision (or notice) number of kind `JD` / `BZ` / `ZK`. */
export async function documentNumber(
  deps: Deps,
  tx: Executor,
  kind: 'JD' | 'BZ' | 'ZK',
): Promise<string> {
  const y = year(deps);
  const n = await nextNumber(tx, `${kind}:${y}`);
  return `${deps.config.PERMITS_NUMBER_PREFIX}-${kind}-${y}-${String(n).padStart(4, '0')}`;
}
