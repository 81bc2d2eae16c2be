// Where a PUT places an enterprise: in exactly one registered grid cell of its region and
// township (DOMAIN.md "Responsibility chain"), with a high-risk category consistent with its
// industry (the eight high-risk industries, DOMAIN.md "Shared vocabulary").
import type { PutEnterprise } from './decide-enterprise.js';
import { reject, type Decision } from './decision.js';
import type { EnterpriseEvent, EnterpriseProfile } from './enterprise.js';
import type { GridCell } from './grid.js';
import { HIGH_RISK } from './high-risk.js';

/** The checked placement, or the refusal. */
export type Placement =
  | {
      readonly ok: true;
      readonly township: string;
      readonly highRiskCategory: EnterpriseProfile['highRiskCategory'];
    }
  | { readonly ok: false; readonly decision: Decision<EnterpriseEvent> };

const no = (code: string, detail: string): Placement => ({
  ok: false,
  decision: reject(code, detail),
});

/** Checks the cell, township, high-risk category and closure of a PUT. */
export function checkPlacement(cmd: PutEnterprise, cell: GridCell | undefined): Placement {
  const p = cmd.profile;
  if (cell === undefined) {
    return no('EXCHANGE.GRID_CELL_UNKNOWN', `Grid cell ${p.gridCellId} is not registered.`);
  }
  if (cell.region !== p.region) {
    return no(
      'EXCHANGE.GRID_CELL_REGION_MISMATCH',
      `Grid cell ${cell.id} lies in region ${cell.region}, not ${p.region}.`,
    );
  }
  const township = p.township ?? cell.township;
  if (township !== cell.township) {
    return no(
      'EXCHANGE.GRID_CELL_REGION_MISMATCH',
      `Grid cell ${cell.id} lies in township ${cell.township}, not ${township}.`,
    );
  }
  const highRiskCategory =
    p.highRiskCategory ??
    (HIGH_RISK.includes(p.industry)
      ? (p.industry as EnterpriseProfile['highRiskCategory'])
      : 'none');
  if (HIGH_RISK.includes(p.industry) && highRiskCategory === 'none') {
    return no(
      'EXCHANGE.HIGH_RISK_CATEGORY_INCONSISTENT',
      `Industry ${p.industry} is a high-risk industry; its high-risk category cannot be none.`,
    );
  }
  if (cmd.status === 'closed' && cmd.closure === undefined) {
    return no('EXCHANGE.CLOSURE_REQUIRED', 'A closed enterprise needs closure reason and date.');
  }
  return { ok: true, township, highRiskCategory };
}
