// Open311 GeoReport v2 `POST requests`: a civic app posts on behalf of a person, with its own
// api_key. The report goes through the same intake; the request token and client are recorded.
import { randomBytes } from 'node:crypto';
import { DomainError, apiKeyId, verifyApiKey } from '@yiwang/service-kit';
import { eq } from 'drizzle-orm';
import { open311Clients, open311Requests } from '../db/tables.js';
import type { Deps } from '../deps.js';
import type { IntakeAnswer } from './intake-idempotency.js';
import { submitReport, type SubmitReport } from './submit-report.js';

/** The client application behind an api_key, or a 403. */
export async function open311Client(deps: Deps, apiKey: string | undefined): Promise<string> {
  const id = apiKey === undefined ? undefined : apiKeyId(apiKey);
  const [row] =
    id === undefined
      ? []
      : await deps.database.db.select().from(open311Clients).where(eq(open311Clients.id, id));
  if (
    apiKey === undefined ||
    row === undefined ||
    row.revokedAt !== null ||
    !verifyApiKey(apiKey, row.keyHash)
  ) {
    throw new DomainError(
      'COMPLAINTS.API_KEY_FORBIDDEN',
      'A valid api_key of a registered Open311 client is required.',
    );
  }
  return row.id;
}

export async function submitOpen311Request(
  deps: Deps,
  apiKey: string | undefined,
  input: Omit<SubmitReport, 'alsoWrite' | 'idempotencyKey'>,
): Promise<IntakeAnswer & { token: string }> {
  const clientId = await open311Client(deps, apiKey);
  const token = randomBytes(12).toString('base64url');
  const answer = await submitReport(deps, {
    ...input,
    alsoWrite: async (tx, reportId, at) => {
      await tx.insert(open311Requests).values({ reportId, token, clientId, createdAt: at });
    },
  });
  return { ...answer, token };
}
