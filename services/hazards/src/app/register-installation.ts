// Registers a major hazard installation of an enterprise (重大危险源 备案): graded from its R,
// next re-assessment 3 years after the last assessment. Natural idempotency: one installation
// per enterprise and name (a second registration is 409 naming the existing id).
import { DomainError } from '@yiwang/service-kit';
import { findEnterprise } from '../db/enterprises.js';
import { findInstallationByName } from '../db/installations.js';
import { lockEnterprise } from '../db/locks.js';
import type { Deps } from '../deps.js';
import { decideInstallation } from '../domain/decide-installation.js';
import type { Installation, Substance } from '../domain/installation.js';
import { decided } from './decided.js';
import { localDate } from './local-date.js';
import { recordInstallationEvents } from './record-installation-events.js';

/** What the registrant gives. */
export interface InstallationInput {
  readonly uscc: string;
  readonly region?: string;
  readonly name: string;
  readonly substances: readonly Substance[];
  readonly rValue: number;
  readonly sensorIds: readonly string[];
  readonly lastAssessedOn?: string;
  readonly assessmentReportId?: string;
}

/** Registers the installation; `authorize` checks the resolved region. */
export async function registerInstallation(
  deps: Deps,
  input: InstallationInput,
  authorize: (region: string) => void,
): Promise<Installation> {
  return deps.database.db.transaction(async (tx) => {
    await lockEnterprise(tx, input.uscc);
    const region = (await findEnterprise(tx, input.uscc))?.region ?? input.region;
    if (region === undefined) {
      throw new DomainError(
        'HAZARDS.REGION_REQUIRED',
        `Enterprise ${input.uscc} is not in the directory yet: give the region.`,
      );
    }
    authorize(region);
    const existing = await findInstallationByName(tx, input.uscc, input.name);
    if (existing !== undefined) {
      throw new DomainError('HAZARDS.INSTALLATION_EXISTS', `Already registered as ${existing}.`, {
        extensions: { installationId: existing },
      });
    }
    const now = deps.clock.now();
    const today = localDate(now);
    const { lastAssessedOn, assessmentReportId, region: _r, ...rest } = input;
    const installation = {
      ...rest,
      id: deps.ids.id('inst'),
      region,
      lastAssessedOn: lastAssessedOn ?? today,
      ...(assessmentReportId === undefined ? {} : { assessmentReportId }),
    };
    const cmd = { kind: 'register', at: now.toISOString(), today, installation } as const;
    const events = decided(decideInstallation(cmd, undefined, deps.installationRules));
    return recordInstallationEvents(deps, tx, undefined, events);
  });
}
