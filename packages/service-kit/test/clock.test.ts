import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BaseServiceConfig,
  CLOCK_FILE_REFRESH_MS,
  ClockFileError,
  ConfigError,
  loadConfig,
  makeClock,
} from '../src/index.js';

const DAY_MS = 86_400_000;
let dir: string;
let file: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kit-clock-'));
  file = join(dir, 'clock.json');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes the offset the way a test harness should: atomically (write, then rename). */
async function setOffset(offsetMs: number): Promise<void> {
  await writeFile(`${file}.tmp`, JSON.stringify({ offsetMs }));
  await rename(`${file}.tmp`, file);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How far the clock is from real time, within the few ms the two readings are apart. */
function offsetOf(clock: { now(): Date }): number {
  // `|| 0`: a clock read a little before Date.now() rounds to -0, which toBe(0) refuses
  return Math.round((clock.now().getTime() - Date.now()) / 1000) * 1000 || 0;
}

describe('makeClock', () => {
  it('is real time without CLOCK_FILE', () => {
    expect(offsetOf(makeClock({}))).toBe(0);
  });

  it('is real time while the file does not exist', () => {
    expect(offsetOf(makeClock({ CLOCK_FILE: file }))).toBe(0);
  });

  it('adds the offset of the file and follows a change within 100 ms', async () => {
    await setOffset(3 * DAY_MS);
    const clock = makeClock({ CLOCK_FILE: file });
    expect(offsetOf(clock)).toBe(3 * DAY_MS);

    await setOffset(10 * DAY_MS);
    await sleep(CLOCK_FILE_REFRESH_MS + 10);
    expect(offsetOf(clock)).toBe(10 * DAY_MS);
    expect(CLOCK_FILE_REFRESH_MS).toBeLessThanOrEqual(100);
  });

  it('goes back to real time when the file is removed', async () => {
    await setOffset(DAY_MS);
    const clock = makeClock({ CLOCK_FILE: file });
    await rm(file);
    await sleep(CLOCK_FILE_REFRESH_MS + 10);
    expect(offsetOf(clock)).toBe(0);
  });

  it('refuses a file that does not hold an integer offsetMs', async () => {
    await writeFile(file, JSON.stringify({ offsetMs: 1.5 }));
    expect(() => makeClock({ CLOCK_FILE: file })).toThrow(ClockFileError);
    await writeFile(file, 'not json');
    expect(() => makeClock({ CLOCK_FILE: file })).toThrow(/is not JSON/);
  });
});

describe('CLOCK_FILE in the base config', () => {
  const valid = {
    DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/example',
    JWT_HS256_SECRET: 'a-secret-that-is-long-enough-0123456789',
  };

  it('is accepted outside production', () => {
    const config = loadConfig(BaseServiceConfig, { ...valid, CLOCK_FILE: '/tmp/clock.json' });
    expect(config.CLOCK_FILE).toBe('/tmp/clock.json');
  });

  it('is refused with a config error when NODE_ENV=production', () => {
    const load = () =>
      loadConfig(BaseServiceConfig, {
        ...valid,
        CLOCK_FILE: '/tmp/clock.json',
        NODE_ENV: 'production',
      });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/CLOCK_FILE: must not be set when NODE_ENV=production/);
  });
});
