// The hub needs a JWT key. Locally, when none is configured, it makes one HS256 secret in
// .data/dev-jwt-secret and gives it to every service, so `npm start` works with no setup.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The env a service needs for JWT verification: the configured keys, else a local secret. */
export function jwtEnv(root, log) {
  if (process.env.JWT_HS256_SECRET || process.env.JWT_EDDSA_PUBLIC_KEYS) return {};
  const file = join(root, '.data', 'dev-jwt-secret');
  if (!existsSync(file)) {
    mkdirSync(join(root, '.data'), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
    log(`made a local JWT secret in ${file} (set JWT_HS256_SECRET to use your own)`);
  }
  return { JWT_HS256_SECRET: readFileSync(file, 'utf8').trim() };
}
