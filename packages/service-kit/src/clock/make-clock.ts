import { readFileSync } from 'node:fs';

/** A service's notion of "now": every deadline, sweep and alarm decision reads it. */
export interface Clock {
  /** A property, not a method: `clock.now` may be passed on unbound. */
  readonly now: () => Date;
}

/** The part of the config {@link makeClock} reads. */
export interface ClockConfig {
  readonly CLOCK_FILE?: string | undefined;
}

/** Thrown when the clock file exists but does not hold `{"offsetMs": <integer>}`. */
export class ClockFileError extends Error {
  override readonly name = 'ClockFileError';
}

/**
 * How long a read offset is trusted. Short enough that a test moving the clock sees every
 * service follow within ~100 ms; long enough that a hot path calling `now()` per request reads
 * the file at most 20 times a second.
 */
export const CLOCK_FILE_REFRESH_MS = 50;

/**
 * The service clock: real time, moved by the offset in `CLOCK_FILE` when set (end-to-end tests
 * move the clocks of separately running services together this way). Without `CLOCK_FILE` it
 * is plain `new Date()`. The file is re-read when the cached offset is older than
 * {@link CLOCK_FILE_REFRESH_MS}; a missing file means offset 0. Reading on demand (instead of
 * `fs.watchFile`) leaves no watcher to stop at shutdown.
 */
export function makeClock(config: ClockConfig): Clock {
  const file = config.CLOCK_FILE;
  if (file === undefined) return { now: () => new Date() };
  let offsetMs = readOffset(file);
  let readAt = Date.now();
  return {
    now() {
      const real = Date.now();
      if (real - readAt >= CLOCK_FILE_REFRESH_MS) {
        offsetMs = readOffset(file);
        readAt = real;
      }
      return new Date(real + offsetMs);
    },
  };
}

function readOffset(file: string): number {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw new ClockFileError(`CLOCK_FILE ${file} cannot be read`, { cause: error });
  }
  return parseOffset(file, text);
}

function parseOffset(file: string, text: string): number {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ClockFileError(`CLOCK_FILE ${file} is not JSON`, { cause: error });
  }
  const offsetMs =
    typeof parsed === 'object' && parsed !== null
      ? (parsed as Record<string, unknown>)['offsetMs']
      : undefined;
  if (typeof offsetMs !== 'number' || !Number.isSafeInteger(offsetMs)) {
    throw new ClockFileError(`CLOCK_FILE ${file} must hold {"offsetMs": <integer>}`);
  }
  return offsetMs;
}
