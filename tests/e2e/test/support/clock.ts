// One clock for every service of a hub: a JSON file `{"offsetMs": n}` that each service reads
// through the kit's makeClock (CLOCK_FILE). A scenario moves time forward for all of them at
// once, e.g. to let a rectification deadline pass:
//   const clock = await createSharedClock();
//   const hub = await startHub(['hazards'], { clock });
//   await clock.advance(31 * DAY_MS);
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A clock shared by the test and the services it starts. */
export interface SharedClock {
  /** The path to pass as CLOCK_FILE. */
  readonly file: string;
  /** The services' "now": real time plus the offset so far. */
  now(): Date;
  /** Moves every service's clock forward; resolves once they can all have read it. */
  advance(ms: number): Promise<void>;
  /** Removes the file. */
  dispose(): Promise<void>;
}

/**
 * Twice the kit's CLOCK_FILE_REFRESH_MS (50 ms; the e2e package does not depend on the kit):
 * by then every service has dropped the offset it cached before the change.
 */
const SEEN_BY_SERVICES_MS = 100;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Creates a shared clock at offset 0 in a fresh temporary folder. */
export async function createSharedClock(): Promise<SharedClock> {
  const dir = await mkdtemp(join(tmpdir(), 'yiwang-clock-'));
  const file = join(dir, 'clock.json');
  let offsetMs = 0;
  // write-then-rename: a service never reads a half-written file
  const write = async () => {
    await writeFile(`${file}.tmp`, JSON.stringify({ offsetMs }));
    await rename(`${file}.tmp`, file);
  };
  await write();
  return {
    file,
    now: () => new Date(Date.now() + offsetMs),
    async advance(ms) {
      if (!Number.isSafeInteger(ms) || ms < 0)
        throw new Error(`advance(${ms}): not a whole ms ≥ 0`);
      offsetMs += ms;
      await write();
      await sleep(SEEN_BY_SERVICES_MS);
    },
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}
