// HTTP body (PUT or an import row) → the use case's input.
import type { Static } from '@sinclair/typebox';
import type { EnterpriseInput } from '../app/put-enterprise.js';
import type { EnterpriseBody } from './schemas/enterprise.js';

/** Maps a validated body to the PUT command's input. */
export function profileOf(body: Static<typeof EnterpriseBody>): EnterpriseInput {
  const { status, closure, ...profile } = body;
  return { profile, status, closure };
}
