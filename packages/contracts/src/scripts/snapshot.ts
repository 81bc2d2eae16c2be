// `pnpm run snapshot`: records the catalog as released in snapshot/released.json. Refuses when
// the catalog breaks a released schema (add a new version instead); `--force` overrides, which
// is only acceptable for an event that no deployed service has published yet.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { allEvents } from '../catalog/index.js';
import { checkCompatibility, formatViolations } from '../compat/check.js';
import { serializeSnapshot, toSnapshot, type Snapshot } from '../compat/snapshot.js';
import { paths } from './paths.js';

const force = process.argv.includes('--force');
const current = toSnapshot(allEvents);
if (existsSync(paths.snapshot)) {
  const released = JSON.parse(readFileSync(paths.snapshot, 'utf8')) as Snapshot;
  const violations = checkCompatibility(released, current);
  if (violations.length > 0 && !force) {
    console.error(
      `Incompatible changes to released events (publish a new version instead):\n${formatViolations(violations)}`,
    );
    process.exit(1);
  }
}
mkdirSync(dirname(paths.snapshot), { recursive: true });
// Formatted like the rest of the repository so `prettier --check` (lint) accepts it as written.
writeFileSync(
  paths.snapshot,
  await format(serializeSnapshot(current), {
    ...(await resolveConfig(paths.snapshot)),
    filepath: paths.snapshot,
  }),
);
console.log(`wrote ${paths.snapshot} (${Object.keys(current.events).length} event types)`);
