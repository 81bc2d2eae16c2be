// scopeRegions: the regions a region-limited read may cover, never "all" for an empty grant.
import { describe, expect, it } from 'vitest';
import { ForbiddenError, scopeRegions, type Principal } from '../src/index.js';

const staff = (regions: string[]): Principal => ({
  sub: 'u-1',
  dept: 'bureau',
  roles: ['inspector'],
  regions,
});

describe('scopeRegions', () => {
  it('is the token’s regions, or the one asked for that they cover', () => {
    expect(scopeRegions(staff(['330502', '330521']))).toEqual(['330502', '330521']);
    expect(scopeRegions(staff(['330500']), '330502')).toEqual(['330502']);
  });

  it('refuses a region the token does not cover', () => {
    expect(() => scopeRegions(staff(['330502']), '330500')).toThrow(ForbiddenError);
    expect(() => scopeRegions(staff(['330502']), '330521')).toThrow(/330521/);
  });

  it('refuses a token without regions instead of widening to every region', () => {
    expect(() => scopeRegions(staff([]))).toThrow(ForbiddenError);
    expect(() => scopeRegions(staff([]), '330502')).toThrow(ForbiddenError);
  });
});
