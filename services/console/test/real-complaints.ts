// A real complaints service for the browser tests (its build, on a fresh database).
import { randomBytes } from 'node:crypto';
import { uniquePrefix } from '@yiwang/testing';
import { busPrefix, serviceBuilt, startRealService, type RealService } from './real-service.js';

export type RealComplaints = RealService;

/** Whether complaints has been built. */
export const complaintsBuilt = () => serviceBuilt('complaints');

export const startRealComplaints = (jwtSecret: string): Promise<RealComplaints> =>
  startRealService('complaints', {
    JWT_HS256_SECRET: jwtSecret,
    COMPLAINTS_VAULT_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    COMPLAINTS_BUS_PREFIX: busPrefix(uniquePrefix('console')),
    COMPLAINTS_SCHEDULER_INTERVAL_MS: '0',
  });
