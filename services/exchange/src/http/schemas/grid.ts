// HTTP shapes of grid cells and tasks (reports: grid-report.ts).
import { Type } from '@sinclair/typebox';
import { Enum, IdText, Obj, PageQuery, Region } from './common.js';

/** Body of PUT /v1/grid/cells/{id}. */
export const CellBody = Obj({
  region: Region,
  township: Type.String({ minLength: 1, maxLength: 60 }),
  name: Type.String({ minLength: 1, maxLength: 100 }),
  worker: Type.Optional(IdText),
});

/** A cell as shown. */
export const CellView = Obj({
  id: Type.String(),
  region: Type.String(),
  township: Type.String(),
  name: Type.String(),
  worker: Type.Optional(Type.String()),
});

/** Path with an id. */
export const IdParams = Obj({ id: IdText });

/** Filters of the cell list. */
export const CellQuery = Obj({ ...PageQuery, region: Type.Optional(Region) });

/** A task update. */
export const TaskUpdateBody = Obj({
  status: Enum(['accepted', 'handling', 'feedback', 'verified', 'closed', 'evaluated']),
  note: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
  photos: Type.Optional(Type.Array(IdText, { maxItems: 50 })),
  result: Type.Optional(Enum(['resolved', 'not-reproducible', 'transferred', 'invalid'])),
  evaluation: Type.Optional(Type.Integer({ minimum: 1, maximum: 5 })),
});

/** A task as shown. */
export const TaskView = Obj({
  id: Type.String(),
  gridCellId: Type.String(),
  region: Type.String(),
  enterprise: Type.Optional(Type.String()),
  origin: Type.String(),
  originType: Type.String(),
  originRef: Type.String(),
  category: Type.String(),
  summary: Type.Optional(Type.String()),
  status: Type.String(),
  assignee: Type.Optional(Type.String()),
  result: Type.Optional(Type.String()),
  evaluation: Type.Optional(Type.Integer()),
  dispatchedAt: Type.String(),
  dueAt: Type.String(),
  closedAt: Type.Optional(Type.String()),
  overdueAt: Type.Optional(Type.String()),
  version: Type.Integer(),
});

/** Filters of the task list. */
export const TaskQuery = Obj({
  ...PageQuery,
  gridCellId: Type.Optional(IdText),
  status: Type.Optional(
    Enum(['dispatched', 'accepted', 'handling', 'feedback', 'verified', 'closed', 'evaluated']),
  ),
});
