// Accident direct reports (事故直报; 生产安全事故报告和调查处理条例, 2007): the level is the
// worst of deaths, serious injuries and direct loss (art. 3); the principal reports within
// 1 hour of learning of it (art. 9); figures may be revised within 30 days of the accident,
// 7 for road traffic and fire (art. 13), and a revision may change the level.
import type { Decision } from './decision.js';
import { accept, reject } from './decision.js';

export type AccidentLevel = 'general' | 'larger' | 'major' | 'especially-major';

/** Thresholds of one rule set: the lower bound (inclusive, "以上") of each level. */
export interface AccidentThresholds {
  readonly version: string;
  readonly deaths: readonly [larger: number, major: number, especiallyMajor: number];
  readonly seriousInjuries: readonly [number, number, number];
  /** Direct economic loss in fen (1 yuan = 100 fen). */
  readonly directLossFen: readonly [number, number, number];
}

const M_YUAN = 1_000_000 * 100;

/** 国务院令第493号 (2007), art. 3. */
export const ACCIDENT_THRESHOLDS_2007: AccidentThresholds = {
  version: 'gwyl-493-2007',
  deaths: [3, 10, 30],
  seriousInjuries: [10, 50, 100],
  directLossFen: [10 * M_YUAN, 50 * M_YUAN, 100 * M_YUAN],
};

const LEVELS: readonly AccidentLevel[] = ['general', 'larger', 'major', 'especially-major'];

/** The figures of an accident. */
export interface Casualties {
  readonly deaths: number;
  readonly seriousInjuries: number;
  readonly missing: number;
  readonly directLossFen: number;
}

function rank(value: number, bounds: readonly [number, number, number]): number {
  return bounds.filter((bound) => value >= bound).length;
}

/** The level: the worst of the three measures. */
export function accidentLevel(
  c: Casualties,
  t: AccidentThresholds = ACCIDENT_THRESHOLDS_2007,
): AccidentLevel {
  const worst = Math.max(
    rank(c.deaths, t.deaths),
    rank(c.seriousInjuries, t.seriousInjuries),
    rank(c.directLossFen, t.directLossFen),
  );
  return LEVELS[worst] ?? 'especially-major';
}

/** Reporting and revision windows. */
export interface AccidentRules {
  readonly thresholds: AccidentThresholds;
  /** Report within this many minutes of learning of it (60). */
  readonly reportWithinMinutes: number;
  /** Revise within this many days of the accident (30) … */
  readonly revisionDays: number;
  /** … or this many for road traffic and fire (7). */
  readonly revisionDaysRoadOrFire: number;
}

/** An accident report's state. */
export interface Accident extends Casualties {
  readonly id: string;
  readonly uscc: string;
  readonly region: string;
  readonly industry: string;
  readonly kind: string;
  readonly place: string;
  readonly occurredAt: string;
  readonly learnedAt: string;
  readonly reportedAt: string;
  readonly roadTrafficOrFire: boolean;
  readonly summary: string;
  readonly level: AccidentLevel;
  readonly timeliness: 'on-time' | 'late';
  readonly revision: number;
  readonly version: number;
}

export type AccidentEvent =
  | { readonly type: 'accident.reported'; readonly accident: Accident }
  | {
      readonly type: 'accident.level-revised';
      readonly at: string;
      readonly revision: number;
      readonly figures: Casualties;
      readonly previousLevel: AccidentLevel;
      readonly level: AccidentLevel;
      readonly reason: string;
    };

/** A new report: level and timeliness computed here. */
export function decideAccidentReport(
  input: Omit<Accident, 'level' | 'timeliness' | 'revision' | 'version'>,
  rules: AccidentRules,
): Decision<AccidentEvent> {
  if (Date.parse(input.learnedAt) < Date.parse(input.occurredAt)) {
    return reject('HAZARDS.TIMESTAMP_INVALID', 'learnedAt lies before occurredAt');
  }
  if (Date.parse(input.learnedAt) > Date.parse(input.reportedAt)) {
    return reject('HAZARDS.TIMESTAMP_INVALID', 'learnedAt lies in the future');
  }
  const lateAfterMs = rules.reportWithinMinutes * 60_000;
  const late = Date.parse(input.reportedAt) - Date.parse(input.learnedAt) > lateAfterMs;
  return accept([
    {
      type: 'accident.reported',
      accident: {
        ...input,
        level: accidentLevel(input, rules.thresholds),
        timeliness: late ? 'late' : 'on-time',
        revision: 0,
        version: 1,
      },
    },
  ]);
}

/** A revision of the figures within the window. */
export function decideAccidentRevision(
  a: Accident,
  figures: Casualties,
  reason: string,
  at: string,
  rules: AccidentRules,
): Decision<AccidentEvent> {
  const days = a.roadTrafficOrFire ? rules.revisionDaysRoadOrFire : rules.revisionDays;
  if (Date.parse(at) > Date.parse(a.occurredAt) + days * 86_400_000) {
    return reject(
      'HAZARDS.REVISION_WINDOW_CLOSED',
      `figures may be revised within ${days} days of the accident`,
      { days },
    );
  }
  return accept([
    {
      type: 'accident.level-revised',
      at,
      revision: a.revision + 1,
      figures,
      previousLevel: a.level,
      level: accidentLevel(figures, rules.thresholds),
      reason,
    },
  ]);
}

/** Applies an event. */
export function evolveAccident(a: Accident | undefined, e: AccidentEvent): Accident {
  if (e.type === 'accident.reported') return e.accident;
  if (a === undefined) throw new Error('revision before report');
  return { ...a, ...e.figures, level: e.level, revision: e.revision, version: a.version + 1 };
}
