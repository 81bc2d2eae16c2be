import { createHash } from 'node:crypto';

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/**
 * A bureau user id as events carry it (the catalog's id pattern). A JWT `sub` outside that
 * pattern (an e-mail address, say) is replaced by a stable digest rather than failing the
 * transaction or leaking the raw claim.
 */
export function actorId(sub: string): string {
  return ID.test(sub) ? sub : `sub:${createHash('sha256').update(sub).digest('hex').slice(0, 32)}`;
}
