// POST /api/session (log in), GET /api/session (who am I), DELETE /api/session (log out).
import { Type } from '@sinclair/typebox';
import {
  UnauthenticatedError,
  makeFailureGate,
  type Principal,
  type ServiceApp,
} from '@yiwang/service-kit';
import type { FastifyReply } from 'fastify';
import type { Deps } from '../deps.js';
import { SESSION_COOKIE } from '../session/sessions.js';
import { LoginBody, SessionView, errors } from './schemas.js';
import { assertSameSite, requireSession, sessionOf } from './session-guard.js';

const FAILURE_WINDOW_MS = 15 * 60_000;

export function sessionRoutes(app: ServiceApp, deps: Deps): void {
  const { sessions, config } = deps;
  const failures = makeFailureGate(config.CONSOLE_LOGIN_MAX_FAILURES, FAILURE_WINDOW_MS, deps.now);
  const view = (principal: Principal, token: string) => ({
    user: {
      username: principal.sub,
      dept: principal.dept,
      roles: [...principal.roles],
      regions: [...principal.regions],
    },
    csrfToken: sessions.csrfToken(token),
    expiresInSeconds: sessions.ttlSeconds,
  });
  const setCookie = (reply: FastifyReply, value: string, maxAge: number) =>
    reply.setCookie(SESSION_COOKIE, value, {
      path: '/',
      httpOnly: true,
      secure: config.CONSOLE_COOKIE_SECURE,
      sameSite: 'strict',
      maxAge,
    });

  app.post(
    '/api/session',
    {
      schema: {
        summary: 'Log in with a staff username and password; sets the session cookie',
        tags: ['session'],
        body: LoginBody,
        response: { 200: SessionView, ...errors },
      },
    },
    async (request, reply) => {
      assertSameSite(request);
      const { username, password } = request.body;
      // Password guessing is limited per client and per account (OWASP ASVS 2.2.1).
      const keys = [`ip:${request.ip}`, `user:${username}`];
      failures.check(keys);
      const principal = await deps.users.authenticate(username, password);
      if (principal === undefined) {
        failures.fail(keys);
        throw new UnauthenticatedError('invalid', 'Wrong username or password.');
      }
      const token = await sessions.open(principal);
      setCookie(reply, token, sessions.ttlSeconds);
      void reply.header('cache-control', 'no-store');
      request.log.info({ user: principal.sub }, 'logged in');
      return view(principal, token);
    },
  );

  app.get(
    '/api/session',
    {
      schema: {
        summary: 'The logged-in user and the CSRF token of the session',
        tags: ['session'],
        response: { 200: SessionView, ...errors },
      },
      preHandler: requireSession(sessions),
    },
    async (request, reply) => {
      const session = sessionOf(request);
      void reply.header('cache-control', 'no-store');
      return view(session.principal, session.token);
    },
  );

  app.delete(
    '/api/session',
    {
      schema: {
        summary: 'Log out (clears the session cookie)',
        tags: ['session'],
        response: { 204: Type.Null(), ...errors },
      },
      preHandler: requireSession(sessions),
    },
    async (_request, reply) => {
      setCookie(reply, '', 0);
      return reply.code(204).send(null);
    },
  );
}
