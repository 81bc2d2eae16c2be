// Random bytes for intake's secrets (tracking code, access key, data key, IVs), drawn from a
// block filled at once: one CSPRNG call per ~40 intakes instead of five per intake (each call
// has a fixed cost, bench/complaints). Same generator (`randomFillSync`, OpenSSL's CSPRNG);
// every byte is handed out once and wiped from the block as it is taken.
import { randomFillSync } from 'node:crypto';

const BLOCK = 4096;

/** A source of `n` fresh random bytes (`n` ≤ 4096), each a copy the caller owns. */
export function makeRandomPool(): (n: number) => Buffer {
  const block = Buffer.alloc(BLOCK);
  let used = BLOCK;
  return (n) => {
    if (n > BLOCK) throw new RangeError(`at most ${BLOCK} random bytes at once`);
    if (used + n > BLOCK) {
      randomFillSync(block);
      used = 0;
    }
    const taken = Buffer.from(block.subarray(used, used + n));
    block.fill(0, used, used + n);
    used += n;
    return taken;
  };
}

/** The process's pool (synchronous, so no two callers ever get the same bytes). */
export const randomBytesPooled = makeRandomPool();
