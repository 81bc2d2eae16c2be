#!/usr/bin/env node
// `npm run token -- --sub me --dept bureau --roles admin --regions 330500`: mints a bearer token
// for the local hub, with the secret `npm start` made (.data/dev-secrets.json) unless
// JWT_HS256_SECRET is set.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const secretFile = `${process.env.HUB_DATA_DIR ?? `${root}.data`}/dev-secrets.json`;
const env = { ...process.env };
if (!env.JWT_HS256_SECRET && existsSync(secretFile)) {
  env.JWT_HS256_SECRET = JSON.parse(readFileSync(secretFile, 'utf8')).JWT_HS256_SECRET;
}
const cli = `${root}packages/service-kit/dist/cli/mint-token.js`;
const args = process.argv.slice(2).filter((arg) => arg !== '--');
const { status } = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit', env });
process.exit(status ?? 1);
