import { Type } from '@sinclair/typebox';
import { ContractsError } from '../errors.js';
import { tryParse, type ParseResult } from './result.js';

/** An amount of money in integer fen (分, 1/100 yuan). Never a float. */
export type Fen = number & { readonly __brand: 'Fen' };

/** TypeBox schema of a non-negative amount in fen. */
export const FenSchema = Type.Integer({
  minimum: 0,
  maximum: Number.MAX_SAFE_INTEGER,
  description: 'Amount in fen (1/100 yuan), integer',
  examples: [300000],
});

/** An amount of money was rejected. */
export class InvalidMoneyError extends ContractsError {
  constructor(
    readonly input: unknown,
    message: string,
  ) {
    super('CONTRACTS.INVALID_MONEY', message);
  }
}

/**
 * Asserts that `value` is a non-negative safe integer number of fen.
 * @throws {InvalidMoneyError}
 */
export function fen(value: number): Fen {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new InvalidMoneyError(
      value,
      `An amount in fen must be a whole number ≥ 0, got ${value}.`,
    );
  }
  return value as Fen;
}

const yuanRegex = /^(\d{1,13})(?:\.(\d{1,2}))?$/;

/**
 * Converts yuan to fen exactly, by decimal digits and never by float arithmetic. Accepts
 * `"1234.5"`, `"1,234.56"`, `"¥12"`, or a number whose decimal form has at most 2 decimals.
 * @throws {InvalidMoneyError} for negative amounts, more than 2 decimals or non-numbers.
 */
export function yuanToFen(yuan: string | number): Fen {
  let text: string;
  if (typeof yuan === 'number') {
    if (!Number.isFinite(yuan)) {
      throw new InvalidMoneyError(yuan, `${yuan} is not an amount of money.`);
    }
    text = String(yuan);
  } else {
    text = yuan
      .trim()
      .replace(/^[¥￥]/, '')
      .replace(/元$/, '')
      .replace(/,/g, '')
      .trim();
  }
  const match = yuanRegex.exec(text);
  if (!match) {
    throw new InvalidMoneyError(
      yuan,
      `"${String(yuan)}" is not an amount in yuan: use digits with at most 2 decimals, e.g. 3000 or 1234.50.`,
    );
  }
  const whole = match[1] ?? '0';
  const cents = (match[2] ?? '').padEnd(2, '0');
  return fen(Number(whole) * 100 + Number(cents));
}

/** Like {@link yuanToFen} but returns a result instead of throwing. */
export function checkYuan(yuan: string | number): ParseResult<Fen, InvalidMoneyError> {
  return tryParse(() => yuanToFen(yuan), InvalidMoneyError);
}

/** Plain decimal yuan of an amount in fen: `123456` → `"1234.56"`. */
export function fenToYuanString(amount: number): string {
  const f = fen(amount);
  return `${Math.floor(f / 100)}.${String(f % 100).padStart(2, '0')}`;
}

/** Human-readable amount: `123456` → `"¥1,234.56"`. */
export function formatFen(amount: number): string {
  const [whole = '0', cents = '00'] = fenToYuanString(amount).split('.');
  return `¥${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}

/**
 * `amount × numerator / denominator`, rounded half up to a whole fen, computed with integers
 * (e.g. a 15 % reward of a fine: `ratioOfFen(fine, 15, 100)`).
 * @throws {InvalidMoneyError} when the ratio is not made of non-negative integers.
 */
export function ratioOfFen(amount: number, numerator: number, denominator: number): Fen {
  const f = fen(amount);
  if (
    !Number.isSafeInteger(numerator) ||
    numerator < 0 ||
    !Number.isSafeInteger(denominator) ||
    denominator <= 0
  ) {
    throw new InvalidMoneyError(
      `${numerator}/${denominator}`,
      'A ratio of money needs whole numbers (numerator ≥ 0, denominator > 0).',
    );
  }
  const num = BigInt(f) * BigInt(numerator);
  const den = BigInt(denominator);
  return fen(Number((num * 2n + den) / (den * 2n)));
}

/** `percent` % of an amount (integer percent), rounded half up to a whole fen. */
export function percentOfFen(amount: number, percent: number): Fen {
  return ratioOfFen(amount, percent, 100);
}

/** Clamps an amount between a minimum and a maximum (e.g. reward floor and cap). */
export function clampFen(amount: number, min: number, max: number): Fen {
  return fen(Math.min(Math.max(fen(amount), fen(min)), fen(max)));
}
