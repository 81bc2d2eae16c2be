// HTTP shapes of the enterprise directory.
import { Type } from '@sinclair/typebox';
import { HIGH_RISK_INDUSTRIES, INDUSTRIES } from '@yiwang/contracts';
import { Enum, IdText, IsoDate, Obj, PageQuery, Region } from './common.js';

const Industry = Enum(INDUSTRIES);
const HighRisk = Enum([...HIGH_RISK_INDUSTRIES, 'none']);
const Level = Enum(['1', '2', '3', 'none']);
const Reason = Enum(['deregistered', 'bankrupt', 'relocated', 'merged', 'other']);

/** Body of PUT /v1/enterprises/{uscc}. */
export const EnterpriseBody = Obj({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  industry: Industry,
  highRiskCategory: Type.Optional(HighRisk),
  region: Region,
  township: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
  gridCellId: IdText,
  standardisationLevel: Level,
  status: Enum(['open', 'closed']),
  closure: Type.Optional(Obj({ reason: Reason, closedOn: IsoDate })),
  address: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  employees: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000_000 })),
});

/** An enterprise as the API shows it. */
export const EnterpriseView = Obj({
  uscc: Type.String(),
  name: Type.String(),
  industry: Type.String(),
  highRisk: Type.Boolean(),
  highRiskCategory: Type.String(),
  region: Type.String(),
  township: Type.String(),
  gridCellId: Type.String(),
  standardisationLevel: Type.String(),
  status: Type.String(),
  closure: Type.Optional(Obj({ reason: Type.String(), closedOn: Type.String() })),
  address: Type.Optional(Type.String()),
  employees: Type.Optional(Type.Integer()),
  version: Type.Integer(),
  registeredAt: Type.String(),
});

/** Path of one enterprise (the USCC is checked by the contracts' parser for a clear message). */
export const UsccParams = Obj({ uscc: Type.String({ minLength: 1, maxLength: 40 }) });

/** Filters of the list. */
export const EnterpriseQuery = Obj({
  ...PageQuery,
  region: Type.Optional(Region),
  industry: Type.Optional(Industry),
  status: Type.Optional(Enum(['open', 'closed'])),
  gridCellId: Type.Optional(IdText),
  highRisk: Type.Optional(Type.Boolean()),
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
});

/** The report of a bulk import. */
export const ImportReportView = Obj({
  total: Type.Integer(),
  registered: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  failed: Type.Integer(),
  errors: Type.Array(Obj({ row: Type.Integer(), field: Type.String(), message: Type.String() })),
});
