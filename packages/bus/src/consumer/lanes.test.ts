import { describe, expect, it } from 'vitest';
import { Lanes } from './lanes.js';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Lanes', () => {
  it('runs one key in order and different keys in parallel, within capacity', async () => {
    const lanes = new Lanes(2);
    const log: string[] = [];
    let running = 0;
    let peak = 0;
    const task = (name: string, ms: number) => async () => {
      running += 1;
      peak = Math.max(peak, running);
      log.push(`start ${name}`);
      await tick(ms);
      log.push(`end ${name}`);
      running -= 1;
    };
    for (const [key, name, ms] of [
      ['a', 'a1', 30],
      ['b', 'b1', 5],
      ['a', 'a2', 1],
      ['c', 'c1', 5],
    ] as const) {
      await lanes.acquire();
      lanes.run(key, task(name, ms));
    }
    await lanes.idle();
    expect(log.indexOf('end a1')).toBeLessThan(log.indexOf('start a2'));
    expect(log.indexOf('start b1')).toBeLessThan(log.indexOf('end a1'));
    expect(log.filter((l) => l.startsWith('end'))).toHaveLength(4);
    expect(peak).toBe(2);
  });

  it('is idle at once when nothing was run', async () => {
    await expect(new Lanes(1).idle()).resolves.toBeUndefined();
  });
});
