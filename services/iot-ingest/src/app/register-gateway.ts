// Registers a gateway bound to one enterprise (PUT, naturally idempotent): the API key is
// generated here, returned once, and stored only as its hash (ARCHITECTURE.md §5).
import { isValidUscc } from '@yiwang/contracts';
import { DomainError, generateApiKey } from '@yiwang/service-kit';
import { findEnterprise } from '../db/enterprises.js';
import { findGateway, insertGateway, updateGatewayKey, type GatewayRow } from '../db/gateways.js';
import type { Deps } from '../deps.js';
import { IotCodes } from '../domain/errors.js';

/** What PUT /v1/gateways/{id} asks for. */
export interface GatewayInput {
  readonly id: string;
  readonly uscc: string;
  readonly name: string;
  readonly region?: string | undefined;
}

/** The gateway, and its key when it was created now. */
export interface Registered {
  readonly gateway: GatewayRow;
  readonly apiKey?: string;
}

/** Creates the gateway, or returns the existing one when it matches (no new key). */
export async function registerGateway(
  deps: Deps,
  input: GatewayInput,
  authorize: (region: string) => void,
): Promise<Registered> {
  // GB 32100-2015: a USCC with a wrong check digit names no enterprise (and no event could
  // carry it: the catalog validates the envelope's `enterprise`).
  if (!isValidUscc(input.uscc)) {
    throw new DomainError(IotCodes.usccInvalid, `${input.uscc} is not a valid USCC (check digit).`);
  }
  const db = deps.database.db;
  const existing = await findGateway(db, input.id);
  if (existing !== undefined) {
    authorize(existing.region);
    if (existing.uscc !== input.uscc) {
      throw new DomainError(
        'IOT.GATEWAY_CONFLICT',
        `Gateway ${input.id} belongs to another enterprise.`,
      );
    }
    return { gateway: existing };
  }
  const enterprise = await findEnterprise(db, input.uscc);
  const region = enterprise?.region ?? input.region;
  if (region === undefined) {
    throw new DomainError(
      IotCodes.regionRequired,
      'The enterprise is not in the directory yet: give its region.',
    );
  }
  authorize(region);
  const key = generateApiKey('iot');
  const now = deps.clock.now();
  const row: GatewayRow = {
    id: input.id,
    uscc: input.uscc,
    region,
    name: input.name,
    keyId: key.id,
    keyHash: key.hash,
    createdAt: now,
    updatedAt: now,
  };
  if (!(await insertGateway(db, row))) return registerGateway(deps, input, authorize);
  return { gateway: row, apiKey: key.key };
}

/** Replaces a gateway's key; the old one stops working (after the auth cache's TTL). */
export async function rotateGatewayKey(
  deps: Deps,
  id: string,
  authorize: (gateway: GatewayRow) => void,
): Promise<Registered> {
  const gateway = await findGateway(deps.database.db, id);
  if (gateway === undefined) throw new DomainError('IOT.GATEWAY_NOT_FOUND', `No gateway ${id}.`);
  authorize(gateway);
  const key = generateApiKey('iot');
  const updated = { keyId: key.id, keyHash: key.hash, updatedAt: deps.clock.now() };
  await updateGatewayKey(deps.database.db, id, updated);
  return { gateway: { ...gateway, ...updated }, apiKey: key.key };
}
