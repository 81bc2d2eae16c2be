// GET /api/enterprise-names?uscc=A,B: the names of enterprises a page knows only by USCC, from
// exchange's directory as the user (cached briefly in the console). Unknown, hidden or
// unreachable ones are left out, and the page shows the USCC instead.
import { Type } from '@sinclair/typebox';
import { ForbiddenError, type ServiceApp } from '@yiwang/service-kit';
import type { FastifyRequest } from 'fastify';
import type { Deps } from '../deps.js';
import { mayReach } from '../proxy/access.js';
import type { DirectoryEntry, Lookup } from '../proxy/enterprise-names.js';
import { forward } from '../proxy/forward.js';
import { Closed, errors } from './schemas.js';
import { requireSession, sessionOf } from './session-guard.js';

/** At most this many USCCs per call (a board's page). */
export const MAX_NAMES = 50;
const USCC = '[0-9A-HJ-NPQRTUWXY]{18}';

const NamesQuery = Closed({
  uscc: Type.String({
    pattern: `^${USCC}(,${USCC}){0,${MAX_NAMES - 1}}$`,
    description: `up to ${MAX_NAMES} USCCs (GB 32100-2015), comma-separated`,
  }),
});

const NamesView = Closed({
  names: Type.Record(Type.String(), Type.String(), { description: 'name by USCC' }),
});

/** A directory lookup in exchange with the user's own token. */
function exchangeLookup(deps: Deps, request: FastifyRequest, bearer: string): Lookup {
  return async (uscc) => {
    const answer = await forward({
      base: deps.upstreams.exchange,
      path: `/v1/enterprises/${uscc}`,
      query: '',
      method: 'GET',
      body: undefined,
      headers: {},
      bearer,
      clientIp: request.ip,
      timeoutMs: deps.config.CONSOLE_UPSTREAM_TIMEOUT_MS,
    }).catch(() => undefined);
    if (answer?.status !== 200) return undefined;
    const { name, region } = JSON.parse(answer.body.toString('utf8')) as Partial<DirectoryEntry>;
    return typeof name === 'string' && typeof region === 'string' ? { name, region } : undefined;
  };
}

export function enterpriseNamesRoute(app: ServiceApp, deps: Deps): void {
  app.get(
    '/api/enterprise-names',
    {
      schema: {
        summary: 'Enterprise names by USCC, from the directory (cached briefly)',
        tags: ['directory'],
        querystring: NamesQuery,
        response: { 200: NamesView, ...errors },
      },
      preHandler: requireSession(deps.sessions),
    },
    async (request, reply) => {
      const { principal } = sessionOf(request);
      if (!mayReach('exchange', principal.roles)) {
        throw new ForbiddenError('Your roles do not include the enterprise directory.');
      }
      const lookup = exchangeLookup(deps, request, await deps.sessions.serviceToken(principal));
      const names = await deps.enterpriseNames.resolve(
        principal,
        request.query.uscc.split(','),
        lookup,
      );
      return reply.header('cache-control', 'no-store').send({ names });
    },
  );
}
