// PUT /v1/enterprises/{uscc}: registers or updates one enterprise (load → decide → save +
// outbox, one transaction). The USCC check digit is verified with the contracts' parser.
import { checkUscc } from '@yiwang/contracts';
import { DomainError } from '@yiwang/service-kit';
import { decidePutEnterprise, type PutEnterprise } from '../domain/decide-enterprise.js';
import { evolveEnterprise } from '../domain/evolve-enterprise.js';
import type { Enterprise } from '../domain/enterprise.js';
import { anyCovers } from '../domain/region.js';
import { loadEnterpriseForUpdate, saveEnterprise } from '../db/enterprises.js';
import { findCell } from '../db/grid-cells.js';
import { lockKey } from '../db/locks.js';
import type { Executor } from '../db/types.js';
import type { Deps } from '../deps.js';
import { toContractEvent } from '../events/contract-events.js';
import { decided } from './decided.js';

/** The request: the desired state of the enterprise. */
export type EnterpriseInput = Omit<PutEnterprise, 'uscc' | 'at'>;

/** Parses a USCC or throws 422 EXCHANGE.USCC_INVALID with the parser's explanation. */
export function parseUsccOrThrow(text: string): string {
  const parsed = checkUscc(text);
  if (!parsed.ok) throw new DomainError('EXCHANGE.USCC_INVALID', parsed.error.message);
  return parsed.value;
}

/** Applies one PUT inside `tx`; returns the enterprise and what happened. */
export async function applyEnterprise(
  deps: Deps,
  tx: Executor,
  uscc: string,
  input: EnterpriseInput,
  regions: readonly string[],
): Promise<{ enterprise: Enterprise; created: boolean; events: number }> {
  await lockKey(tx, `enterprise:${uscc}`);
  const current = await loadEnterpriseForUpdate(tx, uscc);
  for (const region of [input.profile.region, current?.region]) {
    if (region !== undefined && !anyCovers(regions, region)) {
      throw new DomainError(
        'EXCHANGE.REGION_FORBIDDEN',
        `Your token does not cover region ${region}.`,
      );
    }
  }
  const at = deps.clock.now();
  const cell = await findCell(tx, input.profile.gridCellId);
  const events = decided(
    decidePutEnterprise(current, { ...input, uscc, at: at.toISOString() }, cell),
  );
  let state = current;
  for (const event of events) {
    const next = evolveEnterprise(state, event);
    state = next;
    const facts = {
      id: deps.ids.uuid(),
      sequence: next.version,
      region: next.region,
      enterprise: uscc,
    };
    await deps.bus.outbox.add(tx, toContractEvent(event, facts));
  }
  if (state === undefined) throw new Error('enterprise missing after decide');
  if (events.length > 0) await saveEnterprise(tx, state, at);
  return { enterprise: state, created: current === undefined, events: events.length };
}

/** PUT one enterprise in its own transaction. */
export async function putEnterprise(
  deps: Deps,
  usccText: string,
  input: EnterpriseInput,
  regions: readonly string[],
) {
  const uscc = parseUsccOrThrow(usccText);
  return deps.database.db.transaction((tx) => applyEnterprise(deps, tx, uscc, input, regions));
}
