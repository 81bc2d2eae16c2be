import { describe, expect, it } from 'vitest';
import { Value } from '@sinclair/typebox/value';
import {
  InvalidMobileError,
  MobileSchema,
  checkMobile,
  maskMobile,
  parseMobile,
} from './mobile.js';

describe('mainland mobile numbers', () => {
  it('accepts 11-digit numbers starting 13–19, with or without +86', () => {
    expect(parseMobile('13800138000')).toBe('13800138000');
    expect(parseMobile('+86 138 0013 8000')).toBe('13800138000');
    expect(parseMobile('+8619912345678')).toBe('19912345678');
    expect(parseMobile('86-150-1234-5678')).toBe('15012345678');
    expect(Value.Check(MobileSchema, '13800138000')).toBe(true);
    expect(Value.Check(MobileSchema, '+8613800138000')).toBe(false); // stored normalised
  });

  it('rejects landlines, short numbers and bad prefixes with a clear message', () => {
    expect(() => parseMobile('12800138000')).toThrow(/must start with 13–19/);
    expect(() => parseMobile('1380013800')).toThrow(/11 digits; "1380013800" has 10/);
    expect(() => parseMobile('0572-2123456')).toThrow(InvalidMobileError);
    expect(() => parseMobile('138-0013-800a')).toThrow(/digits only/);
    expect(checkMobile('+1 415 555 0100').ok).toBe(false);
  });

  it('masks numbers for display', () => {
    expect(maskMobile('+86 13800138000')).toBe('138****8000');
  });
});
