// HTTP shapes of the console's own routes. Every object is closed (ARCHITECTURE §5).
import { Type } from '@sinclair/typebox';
import { ProblemDetails } from '@yiwang/service-kit';

export const Closed = <T extends Parameters<typeof Type.Object>[0]>(props: T) =>
  Type.Object(props, { additionalProperties: false });

/** What the web app knows about the user: never the password hash or the tokens. */
export const SessionView = Closed({
  user: Closed({
    username: Type.String(),
    dept: Type.String(),
    roles: Type.Array(Type.String()),
    regions: Type.Array(Type.String()),
  }),
  csrfToken: Type.String({ description: 'send as X-CSRF-Token on every write' }),
  expiresInSeconds: Type.Integer(),
});

export const LoginBody = Closed({
  username: Type.String({ minLength: 1, maxLength: 64, pattern: '^[a-z0-9._-]+$' }),
  password: Type.String({ minLength: 1, maxLength: 256 }),
});

export const errors = {
  400: ProblemDetails,
  401: ProblemDetails,
  403: ProblemDetails,
  404: ProblemDetails,
  415: ProblemDetails,
  429: ProblemDetails,
  503: ProblemDetails,
};
