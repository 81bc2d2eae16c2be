// Drives an application through the steps as the applicant and the bureau would.
import { expect } from 'vitest';
import { CONDITIONS } from '../../src/domain/conditions.js';
import { call } from './fixtures.js';
import type { PermitsService, TokenClaims } from './harness.js';

export const STAFF: TokenClaims = { roles: ['reviewer'], sub: 'reviewer-1' };
export const BOSS: TokenClaims = { roles: ['supervisor'], sub: 'chief-1' };
export const enterprise = (uscc: string): TokenClaims => ({
  roles: ['enterprise'],
  dept: uscc,
  sub: `user-${uscc}`,
});

export interface AppView {
  id: string;
  number: string;
  status: string;
  [key: string]: unknown;
}

/** POSTs a step and expects `status`; returns the view. */
export async function step(
  pm: PermitsService,
  id: string,
  name: string,
  body: unknown,
  who: TokenClaims,
  status = 200,
): Promise<AppView> {
  const res = await call(pm, 'POST', `/v1/permits/applications/${id}/${name}`, body, who);
  expect(res.statusCode, `${name}: ${res.body}`).toBe(status);
  return res.json<AppView>();
}

/** A draft of `uscc` with documents for all thirteen conditions. */
export async function draftWithEvidence(
  pm: PermitsService,
  uscc: string,
  extra: Record<string, unknown> = {},
): Promise<AppView> {
  const res = await call(
    pm,
    'POST',
    '/v1/permits/applications',
    { uscc, licenceType: 'hazchem-operation', kind: 'new', scope: '剧毒化学品 (储存)', ...extra },
    enterprise(uscc),
  );
  expect(res.statusCode, res.body).toBe(201);
  const a = res.json<AppView>();
  for (const condition of CONDITIONS) {
    await step(
      pm,
      a.id,
      'evidence',
      { condition, documents: [`doc-${condition}`] },
      enterprise(uscc),
    );
  }
  return a;
}

/** Drafted, submitted and accepted. */
export async function acceptedApplication(
  pm: PermitsService,
  uscc: string,
  extra: Record<string, unknown> = {},
): Promise<AppView> {
  const a = await draftWithEvidence(pm, uscc, extra);
  await step(pm, a.id, 'submit', {}, enterprise(uscc));
  return step(pm, a.id, 'accept', {}, STAFF);
}

/** All thirteen conditions met, with evidence. */
export const allMet = {
  findings: CONDITIONS.map((condition) => ({
    condition,
    met: true,
    evidence: [`doc-${condition}`],
  })),
};

/** Credit-checked, reviewed and inspected (ready for a decision). */
export async function readyForDecision(pm: PermitsService, uscc: string): Promise<AppView> {
  const a = await acceptedApplication(pm, uscc);
  await step(pm, a.id, 'credit-check', {}, STAFF);
  await step(pm, a.id, 'document-review', allMet, STAFF);
  return step(pm, a.id, 'inspection', { inspectors: ['insp-1', 'insp-2'], result: 'pass' }, STAFF);
}
