// An enterprise files its quarterly or annual hazard statistics (signed by the principal);
// late when after the due date. One filing per period: a second one is 409 naming the first.
import { createEvent, hazards as c } from '@yiwang/contracts';
import { DomainError } from '@yiwang/service-kit';
import { findEnterprise } from '../db/enterprises.js';
import { lockEnterprise } from '../db/locks.js';
import { findFiling, insertFiling } from '../db/statistics.js';
import type { Deps } from '../deps.js';
import { decideFiling, type Filing, type FileStatistics } from '../domain/decide-filing.js';
import { formatPeriod } from '../domain/periods.js';
import { decided } from './decided.js';
import { localDate } from './local-date.js';

/** What the enterprise gives (the region only while it is not in the directory). */
export type FilingInput = Omit<FileStatistics, 'id' | 'region' | 'at' | 'today'> & {
  readonly region?: string;
};

/** Files the statistics; returns the stored filing. */
export async function fileStatistics(deps: Deps, input: FilingInput): Promise<Filing> {
  return deps.database.db.transaction(async (tx) => {
    await lockEnterprise(tx, input.uscc);
    const region = (await findEnterprise(tx, input.uscc))?.region ?? input.region;
    if (region === undefined) {
      throw new DomainError(
        'HAZARDS.REGION_REQUIRED',
        `Enterprise ${input.uscc} is not in the directory yet: give the region.`,
      );
    }
    const existing = await findFiling(tx, input.uscc, input);
    if (existing !== undefined) {
      throw new DomainError('HAZARDS.FILING_EXISTS', `${formatPeriod(input)} was filed.`, {
        extensions: { filingId: existing },
      });
    }
    const now = deps.clock.now();
    const cmd = {
      ...input,
      id: deps.ids.id('stat'),
      region,
      at: now.toISOString(),
      today: localDate(now),
    };
    const [filing] = decided(decideFiling(cmd, deps.filingRules));
    if (filing === undefined) throw new Error('no filing decided');
    await insertFiling(tx, filing);
    const { id: filingId, uscc, dueOn, filedAt, late, general, major, investmentFen } = filing;
    const event = createEvent(c.statisticsFiled, {
      id: deps.ids.uuid(),
      time: filedAt,
      subject: filingId,
      region,
      enterprise: uscc,
      sequence: 1,
      data: {
        filingId,
        period: filing.period,
        year: filing.year,
        dueOn,
        filedAt,
        late,
        signedByPrincipal: true,
        general: { ...general },
        major: { ...major },
        investmentFen,
      },
    });
    await deps.bus.outbox.add(tx, event);
    return filing;
  });
}
