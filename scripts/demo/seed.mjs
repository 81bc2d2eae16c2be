// Seeds the city: grid cells (exchange), then the enterprise directory in one NDJSON import,
// which every other service projects from the `exchange.enterprise.*` events.
import { call } from './http.mjs';
import { enterprises, gridCells } from './huzhou.mjs';

/** Seeds cells and enterprises; returns them. Safe to run again (PUTs and upserts). */
export async function seedCity({ urls, token, log }) {
  const cells = gridCells();
  const admin = await token('demo-grid-admin', ['grid-centre', 'admin']);
  for (const cell of cells) {
    const { id, ...body } = cell;
    await call('PUT', `${urls.exchange}/v1/grid/cells/${id}`, { token: admin, body });
  }
  log(`grid: ${cells.length} cells in ${new Set(cells.map((c) => c.township)).size} townships`);

  const list = enterprises(cells);
  const clerk = await token('demo-directory', ['directory-clerk']);
  const report = await call('POST', `${urls.exchange}/v1/enterprises/import`, {
    token: clerk,
    raw: list.map((e) => JSON.stringify(e)).join('\n'),
    contentType: 'application/x-ndjson',
  });
  log(
    `directory: ${list.length} enterprises (${report.registered} new, ${report.updated} updated, ` +
      `${report.unchanged} unchanged, ${report.failed} failed)`,
  );
  return { cells, enterprises: list };
}
