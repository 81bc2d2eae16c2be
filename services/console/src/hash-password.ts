// `pnpm --filter @yiwang/console hash-password`: reads a password from stdin and prints its
// scrypt hash for a CONSOLE_USERS entry (the password never appears in argv or shell history).
import { hashPassword } from './session/passwords.js';

const chunks: Buffer[] = [];
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const password = Buffer.concat(chunks)
  .toString('utf8')
  .replace(/\r?\n$/, '');
if (password.length < 12) {
  process.stderr.write('hash-password: use at least 12 characters\n');
  process.exit(1);
}
process.stdout.write(`${await hashPassword(password)}\n`);
