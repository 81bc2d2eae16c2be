// HTTP shapes of major hazard installations (重大危险源): registration, re-assessment, views.
import { Type } from '@sinclair/typebox';
import { IdText, IsoDate, Obj, PageQuery, Region } from './common.js';

const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });
const Uscc = Type.String({ pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$' });
const Tonnes = Type.Number({ minimum: 0, maximum: 1e9 });

const Substance = Obj({
  name: Text(60),
  casNumber: Type.Optional(Type.String({ pattern: '^[0-9]{2,7}-[0-9]{2}-[0-9]$' })),
  quantityTonnes: Tonnes,
  criticalTonnes: Type.Number({ exclusiveMinimum: 0, maximum: 1e9 }),
});
const Substances = Type.Array(Substance, { minItems: 1, maxItems: 100 });
const SensorIds = Type.Array(IdText, { maxItems: 200, uniqueItems: true });
const RValue = Type.Number({ minimum: 0, maximum: 1e7, description: 'R (GB 18218-2018 §4.3)' });

/** `POST /v1/installations`. */
export const RegisterInstallationBody = Obj({
  uscc: Uscc,
  region: Type.Optional(Region),
  name: Text(100),
  substances: Substances,
  rValue: RValue,
  sensorIds: Type.Optional(SensorIds),
  lastAssessedOn: Type.Optional(IsoDate),
  assessmentReportId: Type.Optional(IdText),
});

/** `POST /v1/installations/{id}/assessments`. */
export const ReassessBody = Obj({
  rValue: RValue,
  assessmentReportId: IdText,
  assessedOn: Type.Optional(IsoDate),
  substances: Type.Optional(Substances),
  sensorIds: Type.Optional(SensorIds),
});

const Str = Type.String();

/** An installation as the API shows it. */
export const InstallationView = Obj({
  id: Str,
  uscc: Str,
  region: Str,
  name: Str,
  substances: Type.Array(
    Obj({
      name: Str,
      casNumber: Type.Optional(Str),
      quantityTonnes: Type.Number(),
      criticalTonnes: Type.Number(),
    }),
  ),
  rValue: Type.Number(),
  grade: Type.Integer(),
  sensorIds: Type.Array(Str),
  registeredAt: Str,
  lastAssessedOn: Str,
  assessmentReportId: Type.Optional(Str),
  nextAssessmentDue: Str,
  reassessmentDueFor: Type.Optional(Str),
  reassessmentDue: Type.Boolean({ description: 'the re-assessment date has passed' }),
  version: Type.Integer(),
});

/** Query of `GET /v1/installations`. */
export const InstallationQuery = Obj({
  ...PageQuery,
  uscc: Type.Optional(Uscc),
  region: Type.Optional(Region),
  grade: Type.Optional(Type.Integer({ minimum: 1, maximum: 4 })),
  dueBy: Type.Optional(IsoDate),
});
