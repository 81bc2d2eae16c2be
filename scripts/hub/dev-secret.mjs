// Local secrets for `npm start`, so the hub runs with no setup: the JWT secret every service
// shares, and the secrets a service declares in its package.json
// (`"yiwang": { "devSecrets": { "COMPLAINTS_VAULT_KEYS": "k1:{base64:32}" } }`, where
// `{base64:N}` is N random bytes). They are made once, kept in <data>/dev-secrets.json (0600),
// and never override a variable that is set. Production sets its own.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from './data-dir.mjs';

const expand = (template) =>
  template.replace(/\{(base64|base64url|hex):(\d+)\}/g, (_, encoding, n) =>
    randomBytes(Number(n)).toString(encoding),
  );

/** Returns `envFor(service)`: the local secrets that service needs and the env lacks. */
export function localSecrets(root, services, log) {
  const file = join(dataDir(root), 'dev-secrets.json');
  const stored = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const wanted = { JWT_HS256_SECRET: '{base64url:32}' };
  for (const s of services) Object.assign(wanted, s.devSecrets ?? {});
  const missing = Object.keys(wanted).filter((name) => !process.env[name] && !stored[name]);
  if (missing.length > 0) {
    for (const name of missing) stored[name] = expand(wanted[name]);
    mkdirSync(dataDir(root), { recursive: true });
    writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
    log(`made local secrets ${missing.join(', ')} in ${file} (set them to use your own)`);
  }
  const pick = (names) =>
    Object.fromEntries(names.filter((n) => !process.env[n]).map((n) => [n, stored[n]]));
  return (service) => pick(['JWT_HS256_SECRET', ...Object.keys(service.devSecrets ?? {})]);
}
