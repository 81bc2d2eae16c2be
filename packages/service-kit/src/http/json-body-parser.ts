import type { FastifyBodyParser, FastifyInstance } from 'fastify';
import { MalformedBodyError } from '../errors/kit-errors.js';
import { exceedsJsonDepth } from './json-depth.js';

/**
 * What the member rules look for. A body without any of it (no `__proto__`, no `constructor`,
 * no `\u` escape that could spell either or a NUL) cannot break them, so it is parsed without
 * the reviver, which costs several times `JSON.parse` on a large body (a 5,000-reading batch).
 */
const SUSPECT = /__proto__|constructor|\\u/;

/** Structured-syntax `+json` media types (RFC 6839), e.g. `application/merge-patch+json`. */
const jsonSuffixType = /^application\/[\w.-]+\+json$/;

/**
 * Replaces Fastify's body parsers with one JSON parser: other media types get 415. It rejects
 * bodies deeper than `maxDepth` before parsing, and `__proto__` or `constructor.prototype`
 * keys (prototype poisoning, as secure-json-parse's `'error'` actions do); each is a 400
 * problem, as is a NUL character in any key or string (PostgreSQL cannot store one in text, so
 * it would otherwise surface as a database error). Size is bounded by the app's `bodyLimit`.
 */
export function installJsonBodyParser(app: FastifyInstance, maxDepth: number): void {
  app.removeAllContentTypeParsers();
  const parser = jsonParser(maxDepth);
  app.addContentTypeParser('application/json', { parseAs: 'string' }, parser);
  app.addContentTypeParser(jsonSuffixType, { parseAs: 'string' }, parser);
}

function jsonParser(maxDepth: number): FastifyBodyParser<string> {
  return (_request, text, done) => {
    if (text.trim() === '') {
      done(
        new MalformedBodyError('REQUEST.MALFORMED_JSON', 'The body is empty but declared as JSON.'),
        undefined,
      );
      return;
    }
    if (exceedsJsonDepth(text, maxDepth)) {
      const detail = `The JSON body nests deeper than ${maxDepth} levels.`;
      done(new MalformedBodyError('REQUEST.TOO_DEEP', detail), undefined);
      return;
    }
    let value: unknown;
    try {
      value = SUSPECT.test(text) ? JSON.parse(text, screenMember) : JSON.parse(text);
    } catch (error) {
      const detail = 'The body is not valid JSON.';
      done(
        error instanceof MalformedBodyError
          ? error
          : new MalformedBodyError('REQUEST.MALFORMED_JSON', detail, { cause: error }),
        undefined,
      );
      return;
    }
    done(null, value);
  };
}

function screenMember(key: string, value: unknown): unknown {
  if (key.includes('\0') || (typeof value === 'string' && value.includes('\0'))) {
    throw new MalformedBodyError(
      'REQUEST.NUL_CHARACTER',
      'The body contains a NUL character (\\u0000), which no field accepts.',
    );
  }
  const poisoned =
    key === '__proto__' ||
    (key === 'constructor' &&
      typeof value === 'object' &&
      value !== null &&
      Object.hasOwn(value, 'prototype'));
  if (poisoned) {
    throw new MalformedBodyError(
      'REQUEST.FORBIDDEN_KEY',
      `The body contains the forbidden key "${key}".`,
    );
  }
  return value;
}
