// HTTP shapes of departments and sharing policies.
import { Type } from '@sinclair/typebox';
import { DepartmentCode, Enum, IsoDate, Obj, Region } from './common.js';

const Kind = Enum([
  'bureau',
  'industry-department',
  'bank',
  'insurer',
  'grid-centre',
  'district-government',
]);
const Channel = Enum(['nats', 'webhook', 'pull']);

/** One grant of a policy. */
export const PolicyRule = Obj({
  type: Type.String({
    minLength: 3,
    maxLength: 120,
    description:
      'exact event type (yiwang.hazards.hazard.reported.v1) or a public-only pattern (yiwang.credit.*)',
  }),
  fields: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), {
    minItems: 1,
    maxItems: 100,
    description: 'data fields shown: dotted paths or JSON pointers; "*" for the whole payload',
  }),
});

/** A sharing policy as submitted. */
export const PolicyBody = Obj({
  rules: Type.Array(PolicyRule, { maxItems: 200 }),
  regions: Type.Array(Region, { minItems: 1, maxItems: 50 }),
  legalBasis: Type.String({ minLength: 1, maxLength: 200 }),
  expiresOn: IsoDate,
});

/** A stored sharing policy. */
export const Policy = Obj({
  version: Type.Integer(),
  rules: Type.Array(PolicyRule),
  regions: Type.Array(Type.String()),
  legalBasis: Type.String(),
  expiresOn: Type.String(),
});

/** Registration body. */
export const RegisterBody = Obj({
  code: DepartmentCode,
  name: Type.String({ minLength: 1, maxLength: 100 }),
  kind: Kind,
  channels: Type.Array(Channel, { minItems: 1, maxItems: 3, uniqueItems: true }),
  contact: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  policy: PolicyBody,
});

/** A department as the API shows it. */
export const DepartmentView = Obj({
  code: Type.String(),
  name: Type.String(),
  kind: Type.String(),
  channels: Type.Array(Type.String()),
  contact: Type.Optional(Type.String()),
  policy: Policy,
  natsNkey: Type.Optional(Type.String()),
  version: Type.Integer(),
  registeredAt: Type.String(),
});

/** Path of a department. */
export const CodeParams = Obj({ code: DepartmentCode });

/** Body of PUT …/nats-user. */
export const NkeyBody = Obj({
  nkey: Type.String({ minLength: 56, maxLength: 56, pattern: '^U[A-Z2-7]{55}$' }),
});
