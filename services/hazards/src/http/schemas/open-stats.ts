// HTTP shapes of the open-hazards view (`GET /v1/hazards/stats/open`).
import { Type } from '@sinclair/typebox';
import { Obj, Region } from './common.js';

const Int = Type.Integer();
const Str = Type.String();
const Level = Type.Union([Type.Literal('general'), Type.Literal('major'), Type.Null()], {
  description: 'null while the case is not graded',
});
const Counts = {
  total: Int,
  general: Int,
  major: Int,
  ungraded: Int,
  overdue: Int,
  overdueMajor: Int,
  listed: Type.Integer({ description: 'listed for supervision (挂牌督办)' }),
  byStatus: Type.Record(Str, Int),
};

/** Query of `GET /v1/hazards/stats/open`. */
export const OpenStatsQuery = Obj({ region: Type.Optional(Region) });

/** The open-hazards view. */
export const OpenStatsView = Obj({
  regions: Type.Optional(Type.Array(Str, { description: 'staff: the regions counted' })),
  uscc: Type.Optional(Type.String({ description: 'an enterprise: its own cases' })),
  today: Type.String({ description: 'the local date the counts stand at' }),
  totals: Obj(Counts),
  byRegion: Type.Array(Obj({ region: Str, ...Counts })),
  groups: Type.Array(
    Obj({ region: Str, level: Level, status: Str, total: Int, overdue: Int, listed: Int }),
    { description: 'the full region × level × status breakdown' },
  ),
});
