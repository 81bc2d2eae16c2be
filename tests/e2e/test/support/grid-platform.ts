// The grid-governance platform of Wuxing as several scenarios need it: a grid cell with its
// worker, an enterprise in that cell, and the platform registered as a department entitled to
// the dispatched tasks of 330502, subscribed by webhook to `url`.
import type { Hub } from './hub.js';
import type { Claims } from './token.js';

/** The event the platform receives. */
export const GRID_TASK_DISPATCHED = 'yiwang.exchange.gridtask.dispatched.v1';

/** What {@link setUpGridPlatform} registers. */
export interface GridPlatformSetup {
  readonly cell: { readonly id: string; readonly township: string; readonly name: string };
  readonly worker: string;
  readonly enterprise: { readonly uscc: string; readonly name: string };
  /** Where the platform's webhook deliveries go. */
  readonly webhookUrl: string;
  /** A caller allowed to maintain the directory and the departments. */
  readonly as: Claims;
}

/** Registers the cell, the enterprise and the platform; resolves with the webhook secret. */
export async function setUpGridPlatform(hub: Hub, setup: GridPlatformSetup): Promise<string> {
  const ok = async <T>(method: string, path: string, body: unknown) => {
    const res = await hub.call<T>('exchange', method, path, { body, as: setup.as });
    if (res.status >= 300) {
      throw new Error(`${method} ${path} → ${res.status}: ${JSON.stringify(res.body)}`);
    }
    return res.body;
  };
  const { cell, enterprise } = setup;
  await ok('PUT', `/v1/grid/cells/${cell.id}`, {
    region: '330502',
    township: cell.township,
    name: cell.name,
    worker: setup.worker,
  });
  await ok('PUT', `/v1/enterprises/${enterprise.uscc}`, {
    name: enterprise.name,
    industry: 'hazardous-chemicals',
    region: '330502',
    gridCellId: cell.id,
    standardisationLevel: '2',
    status: 'open',
  });
  await ok('POST', '/v1/departments', {
    code: 'grid-platform',
    name: '吴兴区基层治理四平台',
    kind: 'grid-centre',
    channels: ['webhook'],
    policy: {
      rules: [
        {
          type: GRID_TASK_DISPATCHED,
          fields: ['taskId', 'gridCellId', 'category', 'summary', 'dueAt'],
        },
      ],
      regions: ['330502'],
      legalBasis: '湖州市网格化管理信息共享协议 2026',
      expiresOn: '2099-12-31',
    },
  });
  const sub = await ok<{ secret: string }>('POST', '/v1/departments/grid-platform/subscriptions', {
    url: setup.webhookUrl,
    eventTypes: [GRID_TASK_DISPATCHED],
  });
  return sub.secret;
}
