// Valid USCCs for test enterprises (GB 32100-2015, DOMAIN.md "Shared vocabulary"): weights
// 1,3,9,…,28 over the 31-character alphabet, check = 31 − (Σ mod 31), 31 → 0.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The USCC of a 17-character stem, with its check character. */
export function uscc(stem: string): string {
  if (stem.length !== 17) throw new Error(`a USCC stem has 17 characters: ${stem}`);
  const sum = [...stem].reduce((acc, ch, i) => {
    const value = ALPHABET.indexOf(ch);
    if (value < 0) throw new Error(`${ch} is not a USCC character`);
    return acc + value * (WEIGHTS[i] ?? 0);
  }, 0);
  return stem + (ALPHABET[(31 - (sum % 31)) % 31] ?? '');
}
