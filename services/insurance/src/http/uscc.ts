// USCC check-digit validation for the routes (GB 32100-2015): the schema checks the shape,
// this gives a wrong check digit a clear 422 instead of a silent miss.
import { checkUscc } from '@yiwang/contracts';
import { DomainError } from '@yiwang/service-kit';

/** Throws INSURANCE.USCC_INVALID (422) unless `uscc` has a valid check digit. */
export function assertUscc(uscc: string): void {
  if (!checkUscc(uscc).ok) {
    throw new DomainError('INSURANCE.USCC_INVALID', `${uscc} is not a valid USCC (check digit).`);
  }
}
