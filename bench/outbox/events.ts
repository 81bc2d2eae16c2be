// Realistic events for the benchmark: `hazards.hazard.reported` with valid example data, one
// aggregate per 10 events (so per-aggregate sequences are exercised too).
import {
  catalog,
  createEvent,
  exampleData,
  hazards,
  makeEventIdGenerator,
  type CloudEvent,
} from '@yiwang/contracts';

const nextId = makeEventIdGenerator();
const data = exampleData(hazards.hazardReported);

/** The i-th benchmark event. */
export function benchEvent(i: number): CloudEvent {
  return createEvent(hazards.hazardReported, {
    id: nextId(),
    time: new Date().toISOString(),
    subject: `hz-${Math.floor(i / 10)}`,
    region: '330502',
    sequence: (i % 10) + 1,
    data,
  });
}

export { catalog };
