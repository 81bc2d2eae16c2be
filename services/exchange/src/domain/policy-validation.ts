// Checks a proposed policy against the event catalog before it is stored, so a typo in a
// type or field is an error at onboarding, not a silent "nothing arrives" later.
import { parseFieldPath } from './projection.js';
import type { Classification, PolicyRule } from './policy.js';

/** What the validation needs to know about an event type (from the catalog). */
export interface TypeInfo {
  readonly classification: Classification;
  /** Whether a parsed path names a field of the type's data schema. */
  hasField(path: readonly string[]): boolean;
}

/** One problem of a policy, with a JSON pointer into the request body. */
export interface PolicyProblem {
  readonly pointer: string;
  readonly message: string;
}

const pattern = /^yiwang(\.[a-z][a-z0-9-]*){0,2}\.\*$/;

/** Lists every problem of the rules (empty when valid). */
export function policyProblems(
  rules: readonly PolicyRule[],
  describe: (type: string) => TypeInfo | undefined,
  base = '/policy/rules',
): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const seen = new Set<string>();
  rules.forEach((rule, i) => {
    const at = `${base}/${i}`;
    if (seen.has(rule.type)) problems.push({ pointer: `${at}/type`, message: 'duplicate rule' });
    seen.add(rule.type);
    const info = rule.type.endsWith('*') ? undefined : describe(rule.type);
    if (rule.type.endsWith('*')) {
      if (!pattern.test(rule.type)) {
        problems.push({
          pointer: `${at}/type`,
          message: 'a pattern is yiwang.*, yiwang.<context>.* or yiwang.<context>.<aggregate>.*',
        });
      }
    } else if (info === undefined) {
      problems.push({ pointer: `${at}/type`, message: `unknown event type ${rule.type}` });
    } else if (info.classification === 'restricted') {
      problems.push({
        pointer: `${at}/type`,
        message: `${rule.type} is restricted: it never leaves the hub`,
      });
    }
    rule.fields.forEach((field, j) => {
      const path = parseFieldPath(field);
      if (path === undefined) {
        problems.push({ pointer: `${at}/fields/${j}`, message: `"${field}" is not a field path` });
      } else if (info !== undefined && path.length > 0 && !info.hasField(path)) {
        problems.push({
          pointer: `${at}/fields/${j}`,
          message: `${rule.type} has no field ${field}`,
        });
      }
    });
  });
  return problems;
}
