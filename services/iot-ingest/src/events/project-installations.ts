// The local projection of hazards' major hazard installations (重大危险源, GB 18218-2018):
// names and grades for the installation overview, and the owner a sensor's installation
// must match. Per-installation `sequence` makes stale or repeated events no-ops.
import { claimAggregateVersion } from '@yiwang/bus';
import type { hazards } from '@yiwang/contracts';
import type { Static } from '@sinclair/typebox';
import type { ConsumerSpec } from '@yiwang/service-kit';
import { patchInstallation, upsertInstallation } from '../db/enterprises.js';
import type { Deps, Schema } from '../deps.js';

type Registered = Static<typeof hazards.installationRegistered.schema>;
type Graded = Static<typeof hazards.installationGraded.schema>;

/** Consumer spec: `hazards.installation.registered|graded` → the `installations` table. */
export function projectInstallations(deps: Deps): ConsumerSpec<Schema> {
  return {
    name: 'iot-project-installations',
    filterSubjects: [`${deps.config.IOT_BUS_PREFIX}.hazards.installation.*.*`],
    handler: async (event, { tx }) => {
      if (!(await claimAggregateVersion(tx, 'installations', event))) return;
      const updatedAt = new Date(event.time);
      switch (event.type) {
        case 'yiwang.hazards.installation.registered.v1': {
          const d = event.data as Registered;
          await upsertInstallation(tx, {
            id: d.installationId,
            uscc: event.enterprise ?? null,
            region: event.region,
            name: d.name,
            grade: String(d.grade),
            updatedAt,
          });
          return;
        }
        case 'yiwang.hazards.installation.graded.v1': {
          const d = event.data as Graded;
          await patchInstallation(tx, d.installationId, { grade: String(d.grade), updatedAt });
          return;
        }
        default:
          return;
      }
    },
  };
}
