// The form of Open311 `POST requests` (GeoReport v2) and its mapping to intake. Reporter fields
// (first_name, last_name, phone, email) go straight into the sealed identity; device_id and
// account_id are accepted and dropped (not needed, so not kept).
import { Type, type Static } from '@sinclair/typebox';
import { DomainError } from '@yiwang/service-kit';
import type { SubmitReport } from '../../app/submit-report.js';
import { Closed, Scope } from '../schemas.js';

const text = (max: number) => Type.Optional(Type.String({ maxLength: max }));
const number = Type.Optional(Type.String({ pattern: '^-?[0-9]{1,3}(\\.[0-9]{1,12})?$' }));

export const PostRequestBody = Closed({
  api_key: Type.String({ minLength: 1, maxLength: 128 }),
  service_code: Scope,
  jurisdiction_id: Type.Optional(Type.String({ pattern: '^[0-9]{6}$' })),
  lat: number,
  long: number,
  address_string: text(200),
  address_id: text(64),
  email: text(254),
  device_id: text(128),
  account_id: text(128),
  first_name: text(40),
  last_name: text(40),
  phone: Type.Optional(Type.String({ pattern: '^\\+?[0-9 ()-]{5,20}$' })),
  description: Type.String({ minLength: 1, maxLength: 4000 }),
  media_url: text(1000),
  'attribute[enterprise_uscc]': Type.Optional(Type.String({ pattern: '^[0-9A-Za-z]{18}$' })),
  'attribute[enterprise_name]': text(100),
  'attribute[employee]': Type.Optional(Type.Union([Type.Literal('true'), Type.Literal('false')])),
});
type PostRequest = Static<typeof PostRequestBody>;

function coordinate(value: string | undefined, limit: number, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || Math.abs(n) > limit) {
    throw new DomainError(
      'COMPLAINTS.INVALID_COORDINATE',
      `${name} must be a WGS-84 coordinate within ±${limit}.`,
    );
  }
  return n;
}

export function toSubmission(
  b: PostRequest,
  jurisdiction: string,
): Omit<SubmitReport, 'alsoInsert' | 'idempotencyKey'> {
  const name = [b.first_name, b.last_name]
    .filter((s) => s !== undefined && s.trim() !== '')
    .join(' ');
  const employee = b['attribute[employee]'] === 'true';
  return {
    channel: 'app',
    scope: b.service_code,
    place: {
      region: b.jurisdiction_id ?? jurisdiction,
      address: b.address_string,
      lat: coordinate(b.lat, 90, 'lat'),
      lng: coordinate(b.long, 180, 'long'),
    },
    enterprise: {
      uscc: b['attribute[enterprise_uscc]']?.toUpperCase(),
      name: b['attribute[enterprise_name]'],
    },
    attachments: [],
    employee,
    identity: {
      description: b.description,
      ...(name === '' ? {} : { reporter: { name, phone: b.phone, email: b.email, employee } }),
    },
  };
}
