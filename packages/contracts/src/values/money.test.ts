import { describe, expect, it } from 'vitest';
import { Value } from '@sinclair/typebox/value';
import {
  FenSchema,
  InvalidMoneyError,
  checkYuan,
  clampFen,
  fen,
  fenToYuanString,
  formatFen,
  percentOfFen,
  ratioOfFen,
  yuanToFen,
} from './money.js';

describe('money in fen', () => {
  it('converts yuan to fen exactly, without float errors', () => {
    expect(yuanToFen('1234.56')).toBe(123456);
    expect(yuanToFen('0.1')).toBe(10);
    expect(yuanToFen(0.29)).toBe(29); // 0.29 * 100 = 28.999999999999996 in floats
    expect(() => yuanToFen(1.005)).toThrow(InvalidMoneyError); // never rounds silently
    expect(yuanToFen('¥300,000')).toBe(30_000_000);
    expect(yuanToFen('3000元')).toBe(300_000);
    expect(yuanToFen(3000)).toBe(300_000);
  });

  it('rejects more than two decimals, negatives and non-numbers', () => {
    expect(() => yuanToFen('1.234')).toThrow(InvalidMoneyError);
    expect(() => yuanToFen(0.1 + 0.2)).toThrow(/at most 2 decimals/);
    expect(() => yuanToFen('-5')).toThrow(InvalidMoneyError);
    expect(() => yuanToFen('abc')).toThrow(/not an amount in yuan/);
    expect(() => yuanToFen(Number.NaN)).toThrow(InvalidMoneyError);
    expect(checkYuan('12.5')).toEqual({ ok: true, value: 1250 });
  });

  it('formats fen for people', () => {
    expect(fenToYuanString(123456)).toBe('1234.56');
    expect(fenToYuanString(5)).toBe('0.05');
    expect(formatFen(30_000_000)).toBe('¥300,000.00');
    expect(formatFen(123456789)).toBe('¥1,234,567.89');
  });

  it('computes percentages with integer arithmetic, rounding half up', () => {
    expect(percentOfFen(yuanToFen(20_000), 15)).toBe(yuanToFen(3_000)); // 15 % reward of a fine
    expect(percentOfFen(333, 15)).toBe(50); // 49.95 → 50
    expect(ratioOfFen(1, 1, 2)).toBe(1); // 0.5 → 1
    expect(ratioOfFen(1, 1, 3)).toBe(0);
    expect(() => ratioOfFen(100, 1.5, 100)).toThrow(InvalidMoneyError);
  });

  it('clamps to a floor and a cap (reward 3,000–300,000 yuan)', () => {
    const min = yuanToFen(3_000);
    const max = yuanToFen(300_000);
    expect(clampFen(yuanToFen(100), min, max)).toBe(min);
    expect(clampFen(yuanToFen(1_000_000), min, max)).toBe(max);
    expect(clampFen(yuanToFen(4_500), min, max)).toBe(450_000);
  });

  it('the schema accepts whole non-negative fen only', () => {
    expect(Value.Check(FenSchema, 300_000)).toBe(true);
    expect(Value.Check(FenSchema, 12.5)).toBe(false);
    expect(Value.Check(FenSchema, -1)).toBe(false);
    expect(() => fen(1.5)).toThrow(/whole number/);
  });
});
