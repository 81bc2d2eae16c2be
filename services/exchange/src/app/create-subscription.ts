// Creates a webhook subscription for a department and generates its signing secret, returned
// once (stored sealed). Only departments with the webhook channel may subscribe; the URL must
// be https unless EXCHANGE_WEBHOOK_ALLOW_HTTP is set.
import { DomainError } from '@yiwang/service-kit';
import { policyProblems } from '../domain/policy-validation.js';
import { loadDepartment } from '../db/departments.js';
import { insertSubscription } from '../db/subscriptions.js';
import { generateWebhookSecret } from '../delivery/sign.js';
import type { Deps } from '../deps.js';
import { describeType } from './catalog-types.js';
import { notFound } from './decided.js';

/** What an administrator submits. */
export interface SubscriptionInput {
  readonly url: string;
  readonly description?: string | undefined;
  readonly eventTypes: readonly string[];
  readonly regions: readonly string[];
}

/** Checks a webhook URL: absolute, http(s), no credentials, https unless allowed. */
export function checkWebhookUrl(deps: Deps, text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new DomainError('EXCHANGE.WEBHOOK_URL_INVALID', 'The URL is not an absolute URL.');
  }
  const httpOk = deps.config.EXCHANGE_WEBHOOK_ALLOW_HTTP && url.protocol === 'http:';
  if (url.protocol !== 'https:' && !httpOk) {
    throw new DomainError('EXCHANGE.WEBHOOK_URL_INVALID', 'Webhook URLs must use https.');
  }
  if (url.username !== '' || url.password !== '') {
    throw new DomainError('EXCHANGE.WEBHOOK_URL_INVALID', 'Webhook URLs carry no credentials.');
  }
  return url.toString();
}

/** Checks the type filters: known types or patterns (`yiwang.credit.*`). */
function checkTypes(types: readonly string[]): void {
  const problems = policyProblems(
    types.map((type) => ({ type, fields: ['*'] })),
    describeType,
    '/eventTypes',
  );
  if (problems.length > 0) {
    const errors = problems.map((p) => ({ ...p, pointer: p.pointer.replace(/\/type$/, '') }));
    throw new DomainError('EXCHANGE.SUBSCRIPTION_INVALID', 'Unknown event types in eventTypes.', {
      extensions: { errors },
    });
  }
}

/** Creates the subscription; returns it with its secret. */
export async function createSubscription(deps: Deps, code: string, input: SubscriptionInput) {
  const url = checkWebhookUrl(deps, input.url);
  checkTypes(input.eventTypes);
  const secret = generateWebhookSecret();
  const at = deps.clock.now();
  const id = deps.ids.id('ws');
  await deps.database.db.transaction(async (tx) => {
    const found = await loadDepartment(tx, code, true);
    if (found === undefined) throw notFound('department', code);
    if (!found.department.channels.includes('webhook')) {
      throw new DomainError(
        'EXCHANGE.CHANNEL_NOT_ENABLED',
        `Department ${code} has no webhook channel.`,
      );
    }
    await insertSubscription(tx, {
      id,
      department: code,
      url,
      description: input.description ?? null,
      eventTypes: [...input.eventTypes],
      regions: [...input.regions],
      secretSealed: deps.secrets.seal(secret),
      status: 'active',
      createdAt: at,
      updatedAt: at,
    });
  });
  return { id, department: code, url, secret, createdAt: at.toISOString() };
}
