// Tracking for the reporter (tracking code + access key). A wrong key answers exactly like an
// unknown code, and both cost the same hash comparison, so neither the answer nor its timing
// tells whether a code exists.
import { DomainError } from '@yiwang/service-kit';
import { findByTrackingCode } from '../db/report-queries.js';
import type { Deps } from '../deps.js';
import type { Report } from '../domain/report/state.js';
import { accessKeyMatches, normaliseTrackingCode } from './report-secrets.js';

const DUMMY_HASH = '0'.repeat(64);

/** The report behind a tracking code, when the access key matches; else TRACKING_NOT_FOUND. */
export async function trackReport(deps: Deps, code: string, accessKey: string): Promise<Report> {
  const normalised = normaliseTrackingCode(code);
  const row =
    normalised === undefined ? undefined : await findByTrackingCode(deps.database.db, normalised);
  const matches = accessKeyMatches(accessKey, row?.accessKeyHash ?? DUMMY_HASH);
  if (row === undefined || !matches) throw trackingNotFound();
  return row.state;
}

/** The one answer for an unknown code and a wrong key. */
export function trackingNotFound(): DomainError {
  return new DomainError(
    'COMPLAINTS.TRACKING_NOT_FOUND',
    'No report matches this tracking code and access key.',
  );
}
