// HTTP shapes of statistics: filings (quarterly, annual), missing filers and the stats view.
import { Type } from '@sinclair/typebox';
import { Obj, PageQuery, Region } from './common.js';

const Uscc = Type.String({ pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$' });
const Count = Type.Integer({ minimum: 0, maximum: 10_000_000 });
const Int = Type.Integer();
const Str = Type.String();
/** `2026Q3` (a quarter) or `2026` (the year). */
export const Period = Type.String({ pattern: '^[0-9]{4}(Q[1-4])?$', examples: ['2026Q3'] });

/** `POST /v1/statistics-filings`. */
export const FilingBody = Obj({
  uscc: Uscc,
  region: Type.Optional(Region),
  period: Period,
  principalName: Type.String({ minLength: 1, maxLength: 50 }),
  signedByPrincipal: Type.Boolean(),
  general: Obj({ found: Count, rectified: Count }),
  major: Obj({ found: Count, rectified: Count, listed: Count }),
  investmentFen: Type.Integer({ minimum: 0, maximum: 1e15 }),
});

/** A filing as the API shows it. */
export const FilingView = Obj({
  id: Str,
  uscc: Str,
  region: Str,
  year: Int,
  period: Str,
  dueOn: Str,
  filedAt: Str,
  late: Type.Boolean(),
  principalName: Str,
  signedByPrincipal: Type.Boolean(),
  general: Obj({ found: Int, rectified: Int }),
  major: Obj({ found: Int, rectified: Int, listed: Int }),
  investmentFen: Int,
});

/** Query of `GET /v1/statistics-filings`. */
export const FilingQuery = Obj({
  ...PageQuery,
  period: Type.Optional(Period),
  uscc: Type.Optional(Uscc),
  region: Type.Optional(Region),
  late: Type.Optional(Type.Boolean()),
});

/** Query of `GET /v1/statistics-filings/missing`. */
export const MissingQuery = Obj({ ...PageQuery, period: Period, region: Type.Optional(Region) });

/** An enterprise that has not filed. */
export const MissingView = Obj({
  uscc: Str,
  name: Str,
  region: Str,
  gridCellId: Str,
  dueOn: Str,
  overdue: Type.Boolean(),
});

const Counts = {
  total: Int,
  general: Int,
  major: Int,
  ungraded: Int,
  byStatus: Type.Record(Str, Int),
  rectified: Int,
  overdue: Int,
  rectificationRate: Type.Union([Type.Number(), Type.Null()]),
};

/** Query of `GET /v1/hazards/stats`. */
export const StatsQuery = Obj({
  period: Period,
  region: Type.Optional(Region),
  top: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
});

/** The stats view. */
export const StatsView = Obj({
  regions: Type.Array(Str),
  period: Str,
  from: Str,
  until: Str,
  totals: Obj(Counts),
  byRegion: Type.Array(Obj({ region: Str, ...Counts })),
  byEnterprise: Type.Array(
    Obj({ uscc: Str, enterpriseName: Type.Union([Str, Type.Null()]), ...Counts }),
  ),
  filings: Obj({ dueOn: Str, duePassed: Type.Boolean(), filed: Int, late: Int, missing: Int }),
});
