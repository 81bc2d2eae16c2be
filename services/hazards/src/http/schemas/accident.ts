// HTTP shapes of accident reports (事故直报): the report, a revision and the view.
import { Type } from '@sinclair/typebox';
import { Obj, Region, Timestamp } from './common.js';

const Count = Type.Integer({ minimum: 0, maximum: 100_000 });
const Figures = {
  deaths: Count,
  seriousInjuries: Count,
  missing: Type.Optional(Count),
  directLossFen: Type.Integer({ minimum: 0, maximum: 1e15 }),
};
const Text = (n: number) => Type.String({ minLength: 1, maxLength: n });
/** `POST /v1/accidents`. */
export const AccidentBody = Obj({
  uscc: Type.String({ pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$' }),
  region: Type.Optional(Region),
  industry: Type.Optional(Text(40)),
  kind: Type.Union(
    [
      'object-strike',
      'vehicle',
      'machinery',
      'lifting',
      'electrocution',
      'drowning',
      'scald-burn',
      'fire',
      'fall-from-height',
      'collapse',
      'roof-fall',
      'water-inrush',
      'blasting',
      'explosive-explosion',
      'gas-explosion',
      'boiler-explosion',
      'vessel-explosion',
      'other-explosion',
      'poisoning-asphyxiation',
      'other',
    ].map((k) => Type.Literal(k)),
  ),
  place: Text(200),
  occurredAt: Timestamp,
  learnedAt: Timestamp,
  roadTraffic: Type.Optional(Type.Boolean()),
  summary: Text(1000),
  ...Figures,
});
/** `POST /v1/accidents/{id}/revisions`. */
export const RevisionBody = Obj({ ...Figures, reason: Text(500) });
const S = Type.String();
const N = Type.Integer();
/** An accident report as the API shows it. */
export const AccidentView = Obj({
  id: S,
  uscc: S,
  region: S,
  industry: S,
  kind: S,
  place: S,
  occurredAt: S,
  learnedAt: S,
  reportedAt: S,
  roadTrafficOrFire: Type.Boolean(),
  summary: S,
  level: S,
  timeliness: S,
  deaths: N,
  seriousInjuries: N,
  missing: N,
  directLossFen: N,
  revision: N,
  version: N,
});
