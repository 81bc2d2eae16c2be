#!/usr/bin/env node
// yiwang-token: mints a bearer token for local development from the same JWT_* variables the
// services read. Usage:
//   yiwang-token --sub u1 --dept hazards --roles inspector,supervisor --regions 330502 --ttl 1h
//   yiwang-token ... --private-key ed25519.pem   (EdDSA instead of JWT_HS256_SECRET)
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Type } from '@sinclair/typebox';
import { mintToken, type SigningKey } from '../auth/mint-token.js';
import { JwtConfig } from '../config/jwt-config.js';
import { ConfigError } from '../config/config-error.js';
import { loadConfig } from '../config/load-config.js';

const MintConfig = Type.Pick(JwtConfig, ['JWT_ISSUER', 'JWT_AUDIENCE', 'JWT_HS256_SECRET']);
const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

try {
  const { values } = parseArgs({
    options: {
      sub: { type: 'string' },
      dept: { type: 'string' },
      roles: { type: 'string', default: '' },
      regions: { type: 'string', default: '' },
      ttl: { type: 'string', default: '1h' },
      'private-key': { type: 'string' },
    },
  });
  if (values.sub === undefined || values.dept === undefined) {
    throw new ConfigError(['--sub and --dept are required']);
  }
  const config = loadConfig(MintConfig, process.env, []);
  const privateKeyFile = values['private-key'];
  let key: SigningKey;
  if (privateKeyFile !== undefined) {
    key = { alg: 'EdDSA', privateKeyPem: readFileSync(privateKeyFile, 'utf8') };
  } else if (config.JWT_HS256_SECRET !== undefined) {
    key = { alg: 'HS256', secret: config.JWT_HS256_SECRET };
  } else {
    throw new ConfigError(['JWT_HS256_SECRET is not set and no --private-key was given']);
  }
  const claims = {
    sub: values.sub,
    dept: values.dept,
    roles: list(values.roles),
    regions: list(values.regions),
  };
  const token = await mintToken(claims, {
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    key,
    ttl: values.ttl,
  });
  process.stdout.write(`${token}\n`);
} catch (error) {
  process.stderr.write(`yiwang-token: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
