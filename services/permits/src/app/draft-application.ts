// Opens a draft application for an enterprise. Name, industry, region and the high-risk flag
// come from the local directory projection when it knows the enterprise, else from the
// request. A repeated request with the same Idempotency-Key returns the first draft.
import { DomainError } from '@yiwang/service-kit';
import { isHighRisk, type Industry } from '@yiwang/contracts';
import { findByClientKey } from '../db/applications.js';
import { findEnterprise } from '../db/enterprises.js';
import { lockHolder } from '../db/locks.js';
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';
import type { Application } from '../domain/application.js';
import type { ApplicationKind, LicenceType, Stage } from '../domain/conditions.js';
import { decideApplication } from '../domain/decide-application.js';
import { loadLicence } from '../db/licences.js';
import { decided } from './decided.js';
import { localDate } from './local-date.js';
import { applicationNumber } from './numbers.js';
import { recordApplicationEvents } from './record-application-events.js';

/** What the applicant asks for. */
export interface DraftInput {
  readonly uscc: string;
  readonly licenceType: LicenceType;
  readonly stage?: Stage;
  readonly kind: ApplicationKind;
  readonly previousLicenceId?: string;
  readonly scope: string;
  readonly projectName?: string;
  /** Used only while the directory does not know the enterprise. */
  readonly enterpriseName?: string;
  readonly industry?: Industry;
  readonly region?: string;
}

/** Creates the draft (or returns the one created with `clientKey`); `created` tells which. */
export async function draftApplication(
  deps: Deps,
  input: DraftInput,
  by: string,
  clientKey: string | undefined,
  authorize: (region: string) => void,
): Promise<{ application: Application; created: boolean }> {
  return deps.database.db.transaction(async (tx: Executor) => {
    await lockHolder(tx, input.uscc);
    if (clientKey !== undefined) {
      const existing = await findByClientKey(tx, input.uscc, clientKey);
      if (existing !== undefined) return { application: existing, created: false };
    }
    const e = await findEnterprise(tx, input.uscc);
    const region = e?.region ?? input.region;
    const name = e?.name ?? input.enterpriseName;
    const industry = e?.industry ?? input.industry;
    if (region === undefined || name === undefined || industry === undefined) {
      throw new DomainError(
        'PERMITS.ENTERPRISE_UNKNOWN',
        `Enterprise ${input.uscc} is not in the directory yet: give its name, industry and region.`,
      );
    }
    authorize(region);
    if (input.previousLicenceId !== undefined) {
      const previous = await loadLicence(tx, input.previousLicenceId);
      if (previous?.uscc !== input.uscc || previous.licenceType !== input.licenceType) {
        throw new DomainError(
          'PERMITS.APPLICATION_INVALID',
          'A renewal names a licence of the same type held by the applicant.',
        );
      }
    }
    const now = deps.clock.now();
    const { enterpriseName: _n, industry: _i, region: _r, ...rest } = input;
    const draft = {
      ...rest,
      id: deps.ids.id('app'),
      number: await applicationNumber(deps, tx),
      region,
      enterpriseName: name,
      industry,
      highRisk: e?.highRisk ?? isHighRisk(industry as Industry),
      createdAt: now.toISOString(),
    };
    const cmd = { kind: 'draft', at: now.toISOString(), today: localDate(now), by, draft } as const;
    const events = decided(decideApplication(cmd, undefined, deps.rules));
    const application = await recordApplicationEvents(
      deps,
      tx,
      { state: undefined, clientKey: clientKey ?? null },
      events,
    );
    return { application, created: true };
  });
}
