// The compatibility gate on the real catalog: released schemas (snapshot/released.json) may
// only change compatibly. Fix a failure by publishing a new version, never by editing the
// snapshot by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allEvents } from '../src/catalog/index.js';
import { checkCompatibility, formatViolations } from '../src/compat/check.js';
import { toSnapshot, type Snapshot } from '../src/compat/snapshot.js';
import { paths } from '../src/scripts/paths.js';

const released = JSON.parse(readFileSync(paths.snapshot, 'utf8')) as Snapshot;
const current = toSnapshot(allEvents);

describe('compatibility gate', () => {
  it('the catalog is compatible with every released schema', () => {
    const violations = checkCompatibility(released, current);
    expect(violations, `Incompatible changes:\n${formatViolations(violations)}`).toEqual([]);
  });

  it('every event of the catalog is recorded as released (run `pnpm run snapshot`)', () => {
    const unreleased = Object.keys(current.events).filter((t) => !(t in released.events));
    expect(unreleased).toEqual([]);
  });

  it('would catch a breaking change to a released event', () => {
    const type = 'yiwang.hazards.hazard.reported.v1';
    const entry = current.events[type];
    expect(entry).toBeDefined();
    const schema = structuredClone(entry?.schema ?? {}) as {
      properties: Record<string, unknown>;
      required: string[];
    };
    delete schema.properties['summary'];
    schema.required = schema.required.filter((f) => f !== 'summary');
    const broken: Snapshot = {
      ...current,
      events: { ...current.events, [type]: { classification: 'internal', schema } },
    };
    expect(checkCompatibility(released, broken)).toEqual([
      expect.objectContaining({ type, rule: 'field-removed', path: '/summary' }),
    ]);
  });
});
