// Department machine access (feed, SSE): `X-Api-Key: <key>`. The key's embedded id finds the
// row, the hash is compared in constant time. The department needs the `pull` channel and an
// agreement in force.
import { apiKeyId, DomainError, verifyApiKey } from '@yiwang/service-kit';
import { agreementInForce } from '../domain/policy.js';
import { businessDate } from '../domain/time.js';
import { departmentByKeyId, toDepartment } from '../db/departments.js';
import type { Deps } from '../deps.js';

/** The department of an API key; throws 401/403 problems. */
export async function authenticateDepartment(deps: Deps, key: string | undefined) {
  const id = key === undefined ? undefined : apiKeyId(key);
  const row = id === undefined ? undefined : await departmentByKeyId(deps.database.db, id);
  if (key === undefined || row?.apiKeyHash == null || !verifyApiKey(key, row.apiKeyHash)) {
    throw new DomainError(
      'EXCHANGE.API_KEY_UNAUTHENTICATED',
      'Send the department API key in the X-Api-Key header.',
    );
  }
  const department = toDepartment(row);
  if (!department.channels.includes('pull')) {
    throw new DomainError('EXCHANGE.CHANNEL_FORBIDDEN', 'The pull feed is not enabled for you.');
  }
  if (!agreementInForce(department.policy, businessDate(deps.clock.now()))) {
    throw new DomainError(
      'EXCHANGE.AGREEMENT_EXPIRED',
      `The sharing agreement expired on ${department.policy.expiresOn}.`,
    );
  }
  return { department, readPosition: row.feedReadPosition };
}
