// The eight high-risk industries (DOMAIN.md "Shared vocabulary"), from the contracts.
import { HIGH_RISK_INDUSTRIES } from '@yiwang/contracts';

/** Industries whose enterprises are high-risk by definition. */
export const HIGH_RISK: readonly string[] = HIGH_RISK_INDUSTRIES;
