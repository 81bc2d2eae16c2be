/**
 * Thrown by {@link loadConfig} when the environment does not satisfy the service's config
 * schema. The message lists every problem, one line each, so an operator fixes them all in one
 * go instead of restarting once per mistake.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  /** One entry per problem, each naming the variable (e.g. `PORT: expected an integer`). */
  readonly problems: readonly string[];

  constructor(problems: readonly string[], options?: ErrorOptions) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`, options);
    this.problems = problems;
  }
}
