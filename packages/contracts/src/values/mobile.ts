import { Type } from '@sinclair/typebox';
import { ContractsError } from '../errors.js';
import { tryParse, type ParseResult } from './result.js';

/** Mainland China mobile number, 11 digits (no country code). */
export const MOBILE_PATTERN = '^1[3-9][0-9]{9}$';

/** A mobile number that passed {@link parseMobile}, in its 11-digit form. */
export type Mobile = string & { readonly __brand: 'Mobile' };

/**
 * TypeBox schema of a mainland mobile number in normalised 11-digit form. Personal data:
 * never put it in an event of the complaints context.
 */
export const MobileSchema = Type.String({
  pattern: MOBILE_PATTERN,
  description: 'Mainland China mobile number, 11 digits',
  examples: ['13800138000'],
});

/** A mobile number was rejected. */
export class InvalidMobileError extends ContractsError {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super('CONTRACTS.INVALID_MOBILE', message);
  }
}

/**
 * Parses a mainland mobile number as typed: spaces and hyphens are ignored and an optional
 * `+86` / `86` / `0086` prefix removed; the result is the 11-digit number.
 * @throws {InvalidMobileError}
 */
export function parseMobile(input: string): Mobile {
  const compact = input.replace(/[\s-]/g, '');
  const national = compact.replace(/^(\+86|0086|86)(?=1\d{10}$)/, '');
  if (!/^\d+$/.test(national)) {
    throw new InvalidMobileError(
      input,
      `"${input}" is not a phone number: use digits only, e.g. 138 0013 8000.`,
    );
  }
  if (national.length !== 11) {
    throw new InvalidMobileError(
      input,
      `A mainland mobile number has 11 digits; "${national}" has ${national.length}.`,
    );
  }
  if (!new RegExp(MOBILE_PATTERN).test(national)) {
    throw new InvalidMobileError(
      input,
      `"${national}" is not a mainland mobile number: it must start with 13–19.`,
    );
  }
  return national as Mobile;
}

/** Like {@link parseMobile} but returns a result instead of throwing. */
export function checkMobile(input: string): ParseResult<Mobile, InvalidMobileError> {
  return tryParse(() => parseMobile(input), InvalidMobileError);
}

/** Masks a mobile number for display and logs: `13800138000` → `138****8000`. */
export function maskMobile(mobile: string): string {
  const m = parseMobile(mobile);
  return `${m.slice(0, 3)}****${m.slice(7)}`;
}
