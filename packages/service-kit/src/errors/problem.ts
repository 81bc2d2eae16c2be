import { STATUS_CODES } from 'node:http';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';

/** Media type of RFC 9457 problem details. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Prefix of every problem `type` URI; the stable code follows it. */
export const PROBLEM_TYPE_PREFIX = 'urn:yiwang:problem:';

/**
 * Schema of an RFC 9457 problem details body as the kit sends it. Use it in route
 * `response` schemas (`{ 404: ProblemDetails }`) so OpenAPI documents error shapes; extension
 * members are allowed, which is why it is the one open object in an API.
 */
export const ProblemDetails = Type.Object(
  {
    type: Type.String({ description: `${PROBLEM_TYPE_PREFIX}<code>` }),
    title: Type.String(),
    status: Type.Integer({ minimum: 400, maximum: 599 }),
    detail: Type.String(),
    code: Type.String({
      description: 'stable machine-readable code, e.g. HAZARDS.PLAN_INCOMPLETE',
    }),
    instance: Type.String({ description: 'path of the request that failed' }),
    traceId: Type.Optional(Type.String({ description: 'W3C trace id, for support requests' })),
  },
  { additionalProperties: true },
);

/** An RFC 9457 problem details body. */
export type ProblemDetails = Static<typeof ProblemDetails> & Record<string, unknown>;

/** Fields needed to build a {@link ProblemDetails}. */
export interface ProblemInit {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly instance: string;
  readonly title?: string | undefined;
  readonly traceId?: string | undefined;
  readonly extensions?: Readonly<Record<string, unknown>>;
}

const reserved = new Set(['type', 'title', 'status', 'detail', 'code', 'instance', 'traceId']);

/** Builds a problem body; extension members never overwrite the standard ones. */
export function problemDetails(init: ProblemInit): ProblemDetails {
  const extensions = Object.entries(init.extensions ?? {}).filter(([key]) => !reserved.has(key));
  return {
    ...Object.fromEntries(extensions),
    type: `${PROBLEM_TYPE_PREFIX}${init.code}`,
    title: init.title ?? STATUS_CODES[init.status] ?? 'Error',
    status: init.status,
    detail: init.detail,
    code: init.code,
    instance: init.instance,
    ...(init.traceId === undefined ? {} : { traceId: init.traceId }),
  };
}

/** Sends a problem body with its status and `application/problem+json`. */
export function sendProblem(reply: FastifyReply, problem: ProblemDetails): FastifyReply {
  return reply.code(problem.status).type(PROBLEM_CONTENT_TYPE).send(problem);
}
