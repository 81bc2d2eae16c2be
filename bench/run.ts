// `pnpm bench [name…]`: runs the named benchmarks (default: all) one after another.
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const available = (await readdir(here, { withFileTypes: true }))
  .filter((d) => d.isDirectory() && !['lib', 'node_modules'].includes(d.name))
  .map((d) => d.name);
const wanted = process.argv.slice(2).filter((arg) => arg !== '--');
const unknown = wanted.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(`unknown benchmark(s): ${unknown.join(', ')}; available: ${available.join(', ')}`);
  process.exit(2);
}
for (const name of wanted.length > 0 ? wanted : available) {
  console.log(`\n== bench ${name}`);
  await import(`./${name}/main.ts`);
}
