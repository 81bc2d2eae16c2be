// Which shared events a webhook subscription wants: its types (exact or `prefix.*`) and
// regions; empty lists mean "everything the policy allows".
import { typeMatches } from './policy.js';
import { anyCovers } from './region.js';

/** A subscription's filters. */
export interface SubscriptionFilter {
  readonly eventTypes: readonly string[];
  readonly regions: readonly string[];
}

/** Whether a shared event passes the subscription's filters. */
export function subscriptionWants(
  filter: SubscriptionFilter,
  event: { readonly type: string; readonly region: string },
): boolean {
  const typeOk =
    filter.eventTypes.length === 0 || filter.eventTypes.some((t) => typeMatches(t, event.type));
  const regionOk = filter.regions.length === 0 || anyCovers(filter.regions, event.region);
  return typeOk && regionOk;
}
