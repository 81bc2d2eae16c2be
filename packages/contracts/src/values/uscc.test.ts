import { describe, expect, it } from 'vitest';
import { Value } from '@sinclair/typebox/value';
import {
  InvalidUsccError,
  UsccSchema,
  checkUscc,
  isValidUscc,
  parseUscc,
  usccCheckDigit,
} from './uscc.js';

const REAL = ['91330100716105852F', '91440300708461136T'];

describe('USCC (GB 32100-2015)', () => {
  it.each(REAL)('accepts the published code %s', (code) => {
    expect(parseUscc(code)).toBe(code);
    expect(isValidUscc(code)).toBe(true);
    expect(Value.Check(UsccSchema, code)).toBe(true);
  });

  it('computes the check digit of published codes', () => {
    expect(usccCheckDigit('91330100716105852')).toBe('F');
    expect(usccCheckDigit('91440300708461136')).toBe('T');
  });

  it('maps a weighted sum ≡ 0 (mod 31) to check digit 0, not 31', () => {
    // 17 zeros: Σ = 0 → 31 − 0 = 31 → 0.
    expect(usccCheckDigit('00000000000000000')).toBe('0');
  });

  it('normalises what a clerk types: spaces and lower case', () => {
    expect(parseUscc('  91330100716105852f ')).toBe('91330100716105852F');
    expect(isValidUscc('91330100716105852f')).toBe(false); // strict form only
  });

  it('rejects a wrong length with the count in the message', () => {
    expect(() => parseUscc('91330100716105852')).toThrow(/18 characters.*has 17/);
    expect(() => parseUscc('91330100716105852FF')).toThrow(/has 19/);
  });

  it.each(['I', 'O', 'Z', 'S', 'V'])('rejects the unused letter %s and says so', (letter) => {
    const code = `9133010071610585${letter}F`;
    const result = checkUscc(code);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBeInstanceOf(InvalidUsccError);
      expect(result.error.code).toBe('CONTRACTS.INVALID_USCC');
      expect(result.error.message).toContain(`Character 17 ("${letter}")`);
      expect(result.error.message).toMatch(/I, O, Z, S and V are never used/);
    }
  });

  it('rejects a wrong check digit and names the expected one', () => {
    expect(() => parseUscc('91330100716105852G')).toThrow(
      /check digit .* wrong \(the last character should be F\)/,
    );
    expect(isValidUscc('91440300708461136U')).toBe(false);
  });

  it('rejects a region part that is not six digits', () => {
    const first17 = '91A30100716105852';
    const code = first17 + usccCheckDigit(first17);
    expect(() => parseUscc(code)).toThrow(/Characters 3 to 8/);
    expect(Value.Check(UsccSchema, code)).toBe(false);
  });

  it('generates valid codes from any 17-character prefix', () => {
    for (const prefix of ['91330502MA2B3C4D5', '12330500002612345', '52330523MJ0000000']) {
      const code = prefix + usccCheckDigit(prefix);
      expect(isValidUscc(code)).toBe(true);
      // Any other last character is wrong.
      const other = code.endsWith('0') ? `${prefix}1` : `${prefix}0`;
      expect(isValidUscc(other)).toBe(false);
    }
  });

  it('usccCheckDigit refuses input of the wrong length or alphabet', () => {
    expect(() => usccCheckDigit('9133')).toThrow(InvalidUsccError);
    expect(() => usccCheckDigit('9133010071610585O')).toThrow(/"O"/);
  });
});
