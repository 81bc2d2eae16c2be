// Writes one benchmark's results into docs/benchmarks.md, between its own markers, so each
// benchmark can be re-run alone without touching the others' sections.
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

const REPORT = fileURLToPath(new URL('../../docs/benchmarks.md', import.meta.url));
const HEADER = `# Benchmarks

Every benchmark measures its baseline in the same run on the same machine and reports the
ratio, so results stay comparable across machines. Run them all with \`pnpm bench\`, or one with
\`pnpm bench <name>\`. They need the same PostgreSQL and NATS as the tests.
`;

/** The machine a run happened on, for the report. */
export function machine(): string {
  const cpus = os.cpus();
  return [
    `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}`,
    `${Math.round(os.totalmem() / 2 ** 30)} GiB RAM`,
    `${os.type()} ${os.release()}`,
    `Node.js ${process.version}`,
  ].join(', ');
}

/** Replaces (or appends) the section of benchmark `name` with `markdown`. */
export async function writeSection(name: string, markdown: string): Promise<void> {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const current = await readFile(REPORT, 'utf8').catch(() => HEADER);
  const section = `${start}\n${markdown.trim()}\n\n_Measured ${new Date().toISOString()} on ${machine()}._\n${end}`;
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next =
    from >= 0 && to > from
      ? current.slice(0, from) + section + current.slice(to + end.length)
      : `${current.trimEnd()}\n\n${section}\n`;
  await writeFile(REPORT, next);
}

/** The p-th percentile (0–100) of `samples` (sorted copy; nearest-rank). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** A markdown table from a header row and data rows. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
