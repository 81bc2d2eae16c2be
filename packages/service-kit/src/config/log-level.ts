import { Type, type Static } from '@sinclair/typebox';

/** pino log levels accepted by `LOG_LEVEL`. */
export const LogLevel = Type.Union(
  [
    Type.Literal('fatal'),
    Type.Literal('error'),
    Type.Literal('warn'),
    Type.Literal('info'),
    Type.Literal('debug'),
    Type.Literal('trace'),
    Type.Literal('silent'),
  ],
  { default: 'info', description: 'pino log level' },
);

/** A pino log level name. */
export type LogLevel = Static<typeof LogLevel>;
