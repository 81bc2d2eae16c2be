import { Type } from '@sinclair/typebox';
import { ContractsError } from '../errors.js';
import { tryParse, type ParseResult } from './result.js';

/** The 31 characters a USCC may use (GB 32100-2015 §4): digits and capitals without I O Z S V. */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Weights of positions 1–17 for the check digit (GB 32100-2015 §5, 3^(i-1) mod 31). */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/**
 * Structural pattern of a USCC: 2 code characters, a 6-digit GB/T 2260 region, 9 organisation
 * characters and the check character. The check digit itself is verified by {@link parseUscc}
 * and by `catalog.validate` (a pattern cannot compute it).
 */
export const USCC_PATTERN = '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$';

/** A USCC (统一社会信用代码) that passed {@link parseUscc}. */
export type Uscc = string & { readonly __brand: 'Uscc' };

/** TypeBox schema of a USCC field in events and HTTP bodies. */
export const UsccSchema = Type.String({
  pattern: USCC_PATTERN,
  minLength: 18,
  maxLength: 18,
  description: 'Unified social credit code (统一社会信用代码, GB 32100-2015), 18 characters',
  examples: ['91330100716105852F'],
});

/** A USCC was rejected; the message tells the clerk what to fix. */
export class InvalidUsccError extends ContractsError {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super('CONTRACTS.INVALID_USCC', message);
  }
}

/**
 * Computes the 18th (check) character of a USCC from its first 17 characters
 * (check = 31 − (Σ cᵢ·wᵢ mod 31), and 31 becomes 0). Handy for generating valid test codes.
 * @throws {InvalidUsccError} when the input is not 17 characters of the USCC alphabet.
 */
export function usccCheckDigit(first17: string): string {
  if (first17.length !== 17) {
    throw new InvalidUsccError(
      first17,
      `A check digit is computed from the first 17 characters, got ${first17.length}.`,
    );
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const ch = first17.charAt(i);
    const value = USCC_ALPHABET.indexOf(ch);
    if (value < 0) throw new InvalidUsccError(first17, badCharMessage(ch, i));
    sum += value * (WEIGHTS[i] ?? 0);
  }
  const check = (31 - (sum % 31)) % 31;
  return USCC_ALPHABET.charAt(check);
}

function badCharMessage(ch: string, index: number): string {
  const hint = 'IOZSV'.includes(ch)
    ? ` The letters I, O, Z, S and V are never used (did you mean ${
        { I: '1', O: '0', Z: '2', S: '5', V: 'U' }[ch] ?? '?'
      }?).`
    : '';
  return `Character ${index + 1} ("${ch}") is not allowed in a unified social credit code.${hint}`;
}

/**
 * Parses a unified social credit code typed by a person: surrounding spaces are removed and
 * letters upper-cased, then length, alphabet, region digits and the check digit are verified.
 * @throws {InvalidUsccError} with a message that says what is wrong.
 */
export function parseUscc(input: string): Uscc {
  const code = input.trim().toUpperCase();
  if (code.length !== 18) {
    throw new InvalidUsccError(
      input,
      `A unified social credit code has 18 characters; "${code}" has ${code.length}.`,
    );
  }
  for (let i = 0; i < 18; i++) {
    const ch = code.charAt(i);
    if (!USCC_ALPHABET.includes(ch)) throw new InvalidUsccError(input, badCharMessage(ch, i));
  }
  if (!/^[0-9]{6}$/.test(code.slice(2, 8))) {
    throw new InvalidUsccError(
      input,
      `Characters 3 to 8 of a unified social credit code are the 6-digit region code; "${code.slice(2, 8)}" is not.`,
    );
  }
  const expected = usccCheckDigit(code.slice(0, 17));
  if (code.charAt(17) !== expected) {
    throw new InvalidUsccError(
      input,
      `The check digit of "${code}" is wrong (the last character should be ${expected}); please check the code for a typo.`,
    );
  }
  return code as Uscc;
}

/** Like {@link parseUscc} but returns a result instead of throwing. */
export function checkUscc(input: string): ParseResult<Uscc, InvalidUsccError> {
  return tryParse(() => parseUscc(input), InvalidUsccError);
}

/** True when `input` is exactly a valid USCC (no trimming or case folding). */
export function isValidUscc(input: string): input is Uscc {
  const result = checkUscc(input);
  return result.ok && result.value === input;
}
