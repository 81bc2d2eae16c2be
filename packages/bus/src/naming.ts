import { CONTEXTS, contextSubjects, streamName, type Context } from '@yiwang/contracts';
import { BusConfigError } from './errors.js';

/**
 * Subject and stream names derived from one prefix token (default `yiwang`):
 *
 * | what                 | default            | prefix `t_ab12`      |
 * |----------------------|--------------------|----------------------|
 * | event subject        | `yiwang.hazards.…` | `t_ab12.hazards.…`   |
 * | context stream       | `YIWANG_HAZARDS`   | `T_AB12_HAZARDS`     |
 * | dead-letter subjects | `yiwang_dlq.>`     | `t_ab12_dlq.>`       |
 * | dead-letter stream   | `YIWANG_DLQ`       | `T_AB12_DLQ`         |
 *
 * The prefix is a single subject token, so `<prefix>.>` and `<prefix>_dlq.>` never overlap,
 * and two prefixes never overlap either: test files each take a unique prefix and share one
 * NATS server without seeing each other's events.
 */
export interface BusNames {
  /** The first subject token of every event. */
  readonly prefix: string;
  /** Every context stream. */
  readonly contexts: readonly Context[];
  /** Stream holding a context's events. */
  stream(context: Context): string;
  /** Subjects of a context's stream, `<prefix>.<context>.>`. */
  subjects(context: Context): string;
  /** The dead-letter stream. */
  readonly dlqStream: string;
  /** Subjects of the dead-letter stream, `<prefix>_dlq.>`. */
  readonly dlqSubjects: string;
  /** Subject of a dead letter: `<prefix>_dlq.<consumer>.<original subject>`. */
  dlqSubject(consumer: string, originalSubject: string): string;
  /** The context an event subject belongs to, if the subject is under this prefix. */
  contextOfSubject(subject: string): Context | undefined;
}

const PREFIX = /^[a-z][a-z0-9_-]{0,63}$/;

/**
 * Names for a prefix. @throws {BusConfigError} when the prefix is not one lower-case token.
 */
export function busNames(prefix = 'yiwang'): BusNames {
  if (!PREFIX.test(prefix)) {
    throw new BusConfigError(`Bus prefix "${prefix}" must be one lower-case subject token`);
  }
  const upper = prefix.toUpperCase();
  return {
    prefix,
    contexts: CONTEXTS,
    stream: (context) => streamName(context, upper),
    subjects: (context) => contextSubjects(context, prefix),
    dlqStream: `${upper}_DLQ`,
    dlqSubjects: `${prefix}_dlq.>`,
    dlqSubject: (consumer, originalSubject) => `${prefix}_dlq.${consumer}.${originalSubject}`,
    contextOfSubject(subject) {
      const [head, context] = subject.split('.');
      if (head !== prefix) return undefined;
      return CONTEXTS.find((c) => c === context);
    },
  };
}
