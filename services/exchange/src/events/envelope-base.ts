// The envelope fields every mapper passes to createEvent besides subject, time and data.
import type { createEvent } from '@yiwang/contracts';

/** Envelope input of `createEvent` without subject, time and data. */
export type Base = Omit<Parameters<typeof createEvent>[1], 'subject' | 'time' | 'data'>;
