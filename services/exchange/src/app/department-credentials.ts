// A department's credentials: rotating its API key (the old one stops working at once) and
// setting the public NKey of its NATS user (the seed never reaches the hub).
import { fromPublic } from '@nats-io/nkeys';
import { DomainError, generateApiKey } from '@yiwang/service-kit';
import { loadDepartment, updateDepartment } from '../db/departments.js';
import type { Deps } from '../deps.js';
import { notFound } from './decided.js';

/** Issues a new API key; returns it (shown once). */
export async function rotateApiKey(deps: Deps, code: string): Promise<string> {
  const key = generateApiKey('dept');
  await deps.database.db.transaction(async (tx) => {
    if ((await loadDepartment(tx, code, true)) === undefined) throw notFound('department', code);
    await updateDepartment(tx, code, {
      apiKeyId: key.id,
      apiKeyHash: key.hash,
      updatedAt: deps.clock.now(),
    });
  });
  return key.key;
}

/** Stores the public NKey (`U…`) of the department's NATS user. */
export async function setNatsKey(deps: Deps, code: string, nkey: string): Promise<void> {
  try {
    fromPublic(nkey);
  } catch {
    throw new DomainError(
      'EXCHANGE.NKEY_INVALID',
      'The value is not a public NKey of a user (U…).',
    );
  }
  if (!nkey.startsWith('U')) {
    throw new DomainError('EXCHANGE.NKEY_INVALID', 'A NATS user NKey starts with U.');
  }
  await deps.database.db.transaction(async (tx) => {
    if ((await loadDepartment(tx, code, true)) === undefined) throw notFound('department', code);
    await updateDepartment(tx, code, { natsNkey: nkey, updatedAt: deps.clock.now() });
  });
}
