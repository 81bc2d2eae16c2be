// The Open311 service list: one service per report scope (GeoReport v2 "services").
import type { Scope } from '../../domain/report/types.js';

export interface Open311Service {
  readonly service_code: Scope;
  readonly service_name: string;
  readonly description: string;
  readonly metadata: boolean;
  readonly type: 'realtime' | 'batch' | 'blackbox';
  readonly keywords: string;
  readonly group: string;
}

const service = (
  code: Scope,
  name: string,
  description: string,
  keywords: string,
): Open311Service => ({
  service_code: code,
  service_name: name,
  description,
  metadata: true,
  type: 'realtime',
  keywords,
  group: '12350 work safety',
});

export const OPEN311_SERVICES: readonly Open311Service[] = [
  service(
    'major-hazard',
    '重大事故隐患 Major accident hazard',
    'A hazard that could cause a serious accident or that the enterprise cannot remove alone.',
    'hazard,major,重大隐患',
  ),
  service(
    'illegal-operation',
    '非法违法生产经营 Illegal production or operation',
    'Operating without a licence, beyond its scope, or against a stop order.',
    'illegal,licence,无证',
  ),
  service(
    'concealed-accident',
    '瞒报谎报事故 Concealed accident',
    'An accident that was not reported, or reported falsely.',
    'accident,concealed,瞒报',
  ),
  service(
    'general-hazard',
    '一般事故隐患 General hazard',
    'A hazard with small potential harm that can be fixed at once.',
    'hazard,general,一般隐患',
  ),
  service('other', '其他 Other work-safety violation', 'Any other work-safety violation.', 'other'),
];

/** Attributes every service accepts (GeoReport v2 service definition). */
export interface Open311Attribute {
  variable: boolean;
  code: string;
  datatype: string;
  required: boolean;
  datatype_description: string;
  order: number;
  description: string;
  values?: { key: string; name: string }[];
}

export const OPEN311_ATTRIBUTES: Open311Attribute[] = [
  {
    variable: true,
    code: 'enterprise_uscc',
    datatype: 'string',
    required: false,
    datatype_description: '18-character unified social credit code',
    order: 1,
    description: 'Enterprise USCC (统一社会信用代码)',
  },
  {
    variable: true,
    code: 'enterprise_name',
    datatype: 'string',
    required: false,
    datatype_description: 'Name of the enterprise',
    order: 2,
    description: 'Enterprise name (give it or the USCC)',
  },
  {
    variable: true,
    code: 'employee',
    datatype: 'singlevaluelist',
    required: false,
    datatype_description: 'Whether the reporter works for the enterprise',
    order: 3,
    description: 'I work for this enterprise (then first and last name are required)',
    values: [
      { key: 'true', name: 'Yes' },
      { key: 'false', name: 'No' },
    ],
  },
];
