// Generated hostile requests to every route of a service: random JSON, valid bodies with one
// field replaced by anything, deep nesting, huge arrays, `__proto__` keys, wrong media types,
// odd path and query values, as each caller and anonymously. The answer is never a 5xx.

/** The part of a fast-check `Arbitrary` the generators use. */
export interface Arbitrary<T> {
  map<U>(mapper: (value: T) => U): Arbitrary<U>;
  chain<U>(chainer: (value: T) => Arbitrary<U>): Arbitrary<U>;
}

/** A fast-check property, opaque here. */
export type Property = object;

/**
 * The part of fast-check the fuzzer uses. Pass the library itself (`import fc from
 * 'fast-check'`): this package does not depend on it, the services' tests do.
 */
export interface FastCheck {
  constantFrom<T>(...values: T[]): Arbitrary<T>;
  oneof<T>(...arbitraries: Arbitrary<T>[]): Arbitrary<T>;
  record<T>(model: { [K in keyof T]: Arbitrary<T[K]> }): Arbitrary<T>;
  nat(constraints: { max: number }): Arbitrary<number>;
  integer(constraints: { min: number; max: number }): Arbitrary<number>;
  string(constraints: { maxLength: number }): Arbitrary<string>;
  jsonValue(): Arbitrary<unknown>;
  anything(): Arbitrary<unknown>;
  asyncProperty<T>(arbitrary: Arbitrary<T>, predicate: (value: T) => Promise<void>): Property;
  assert(property: Property, parameters: { numRuns: number }): Promise<void>;
}

/** A route under attack. */
export interface HostileRoute {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly url: string;
  /** Names the route's entry in `validBodies`; GET and DELETE are sent without a body. */
  readonly body?: string;
}

/** The app under attack: a Fastify instance answers `inject` like this. */
export interface InjectTarget {
  inject(request: {
    method: HostileRoute['method'];
    url: string;
    headers: Record<string, string>;
    payload?: string;
  }): PromiseLike<{ statusCode: number; body: string; headers: Record<string, unknown> }>;
}

/** What {@link assertNoServerErrors} attacks, and how hard. */
export interface HostileSpec {
  /** The fast-check library (`import fc from 'fast-check'`). */
  readonly fc: FastCheck;
  readonly app: InjectTarget;
  /** Every route, with `segment` (already URL-encoded) in each path and query value. */
  readonly routes: (segment: string) => readonly HostileRoute[];
  /** A valid body per name, sent as is and with one field replaced by anything. */
  readonly validBodies: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Segment values besides random strings: ids that exist, look-alikes, odd dates. */
  readonly segments: readonly string[];
  /**
   * Segment placeholders and the real values each stands for: ids the test made once the
   * service ran, sent unencoded.
   */
  readonly placeholders?: Readonly<Record<string, readonly string[]>>;
  /** Request headers of each caller to act as (a token, an API key); anonymous is added. */
  readonly callers: readonly Readonly<Record<string, string>>[];
  /**
   * Request headers that carry the segment too: an access key, an idempotency key. A caller's
   * own header of the same name wins (a real access key).
   */
  readonly segmentHeaders?: readonly string[];
  /**
   * Bodies of the service's own besides the generic ones: a nested item of a valid body
   * mutated, another wire format (NDJSON lines, a form).
   */
  readonly extraPayloads?: readonly Arbitrary<string>[];
  /** How many requests to send. */
  readonly numRuns: number;
}

/** One generated request. */
interface HostileRequest {
  readonly route: HostileRoute;
  readonly payload: string;
  readonly contentType: string;
  /** The segment headers and the caller's. */
  readonly headers: Readonly<Record<string, string>>;
}

const CONTENT_TYPES = [
  'application/json',
  'text/plain',
  'application/xml',
  'text/csv',
  'application/x-ndjson',
  'application/x-www-form-urlencoded',
  'application/merge-patch+json',
];

/** Keys a mutated body may gain: one the schema does not know, one that targets prototypes. */
const FOREIGN_KEYS = ['extra', '__proto__'];

/**
 * Sends `numRuns` generated hostile requests and fails, with fast-check's shrunk counterexample,
 * on the first 5xx or an answer that is neither JSON (problem+json included) nor plain text.
 */
export async function assertNoServerErrors(spec: HostileSpec): Promise<void> {
  const { fc } = spec;
  await fc.assert(
    fc.asyncProperty(hostileRequests(spec), (request) => sendHostile(spec.app, request)),
    { numRuns: spec.numRuns },
  );
}

function hostileRequests(spec: HostileSpec): Arbitrary<HostileRequest> {
  const { fc } = spec;
  const placeholders = spec.placeholders ?? {};
  const callers = [...spec.callers, {}];
  const routeCount = spec.routes('x').length;
  return fc
    .record({
      segment: segmentValue(fc, spec.segments, placeholders),
      index: fc.nat({ max: routeCount - 1 }),
      contentType: fc.constantFrom(...CONTENT_TYPES),
      caller: fc.constantFrom(...callers),
    })
    .chain(({ segment, index, contentType, caller }) => {
      const route = spec.routes(segment)[index] as HostileRoute;
      // No body for GET and DELETE: nothing to send, and nothing to clutter a counterexample.
      const bodies = takesBody(route) ? payload(spec, route.body) : fc.constantFrom('');
      const headers = { ...segmentHeaders(spec.segmentHeaders ?? [], segment), ...caller };
      return bodies.map((text): HostileRequest => ({ route, payload: text, contentType, headers }));
    });
}

/** A path or query value: a listed one, a placeholder's real value, or any string (encoded). */
function segmentValue(
  fc: FastCheck,
  segments: readonly string[],
  placeholders: Readonly<Record<string, readonly string[]>>,
): Arbitrary<string> {
  return fc
    .oneof(fc.constantFrom(...segments, ...Object.keys(placeholders)), fc.string({ maxLength: 30 }))
    .chain((segment) => {
      // Own keys only: a random segment may well be `constructor` or `valueOf`.
      if (!Object.hasOwn(placeholders, segment)) {
        return fc.constantFrom(encodeURIComponent(segment));
      }
      const values = placeholders[segment] ?? [];
      if (values.length === 0) throw new Error(`placeholder ${segment} has no values yet`);
      return fc.constantFrom(...values);
    });
}

function segmentHeaders(names: readonly string[], segment: string): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, segment]));
}

/**
 * A request body: hostile JSON and non-JSON, the route's valid body as is and mutated, and the
 * service's own extras.
 */
function payload(spec: HostileSpec, name: string | undefined): Arbitrary<string> {
  const { fc } = spec;
  const valid = name === undefined ? undefined : spec.validBodies[name];
  return fc.oneof(
    fc.jsonValue().map((value) => JSON.stringify(value)),
    valid === undefined ? fc.constantFrom('{}') : mutated(fc, valid),
    fc.constantFrom(JSON.stringify(valid ?? {})),
    fc.integer({ min: 10, max: 5_000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
    fc
      .integer({ min: 10, max: 2_000 })
      .map((depth) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)),
    fc
      .integer({ min: 1_000, max: 50_000 })
      .map((length) => JSON.stringify(Array.from({ length }, (_, i) => i))),
    fc.constantFrom('{"__proto__":{"admin":true},"uscc":"x"}'),
    fc.constantFrom('{"constructor":{"prototype":{"x":1}}}'),
    fc.string({ maxLength: 200 }),
    ...(spec.extraPayloads ?? []),
  );
}

/** The valid body with one of its fields, or a foreign key, set to anything. */
function mutated(fc: FastCheck, valid: Readonly<Record<string, unknown>>): Arbitrary<string> {
  return fc
    .record({
      key: fc.constantFrom(...Object.keys(valid), ...FOREIGN_KEYS),
      value: fc.anything(),
    })
    .map(({ key, value }) => JSON.stringify({ ...valid, [key]: value }));
}

function takesBody(route: HostileRoute): boolean {
  return route.method !== 'GET' && route.method !== 'DELETE';
}

async function sendHostile(app: InjectTarget, request: HostileRequest): Promise<void> {
  const { route, contentType } = request;
  const res = await app.inject({
    method: route.method,
    url: route.url,
    headers: { 'content-type': contentType, ...request.headers },
    ...(takesBody(route) ? { payload: request.payload } : {}),
  });
  const what = `${route.method} ${route.url} (${contentType})`;
  if (res.statusCode >= 500) throw new Error(`${what} → ${res.statusCode} ${res.body}`);
  const answered = String(res.headers['content-type']);
  if (!/json|text\/plain/.test(answered)) throw new Error(`${what} answered ${answered}`);
}
