// The enterprise projection from exchange's directory events: registered, updated, closed,
// reopened; stale events (lower sequence) change nothing.
import { waitFor } from '@yiwang/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findEnterprise } from '../src/db/enterprises.js';
import { enterpriseChanged, enterpriseRegistered, uscc } from './support/fixtures.js';
import { startHazards, type HazardsService } from './support/harness.js';

let hz: HazardsService;
beforeAll(async () => {
  hz = await startHazards();
});
afterAll(async () => {
  await hz.close();
});

const find = (id: string) => findEnterprise(hz.deps.database.db, id);

describe('enterprise projection', () => {
  it('projects a registered enterprise and follows its updates, closing and reopening', async () => {
    const id = uscc(101);
    await hz.publish(enterpriseRegistered(id));
    await waitFor(async () => (await find(id))?.name === '湖州安泰化工有限公司');
    await hz.publish(enterpriseChanged(id, 2, { name: '湖州安泰新材料有限公司' }));
    await waitFor(async () => (await find(id))?.name === '湖州安泰新材料有限公司');
    await hz.publish(enterpriseChanged(id, 3, 'closed'));
    await waitFor(async () => (await find(id))?.status === 'closed');
    await hz.publish(enterpriseChanged(id, 4, 'reopened'));
    await waitFor(async () => (await find(id))?.status === 'open');
    expect(await find(id)).toMatchObject({ region: '330502', gridCellId: 'cell-1' });
  });

  it('ignores a stale event that arrives after a newer one', async () => {
    const id = uscc(102);
    await hz.publish(enterpriseRegistered(id, { sequence: 1 }));
    await hz.publish(enterpriseChanged(id, 3, { name: 'Newer name' }));
    await waitFor(async () => (await find(id))?.name === 'Newer name');
    await hz.publish(enterpriseChanged(id, 2, { name: 'Stale name' }));
    const marker = uscc(103);
    await hz.publish(enterpriseRegistered(marker));
    await waitFor(async () => (await find(marker)) !== undefined);
    expect((await find(id))?.name).toBe('Newer name');
  });
});
