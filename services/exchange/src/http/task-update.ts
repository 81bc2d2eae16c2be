// Task update body → the domain's update (the combination of fields is checked here: a close
// needs a result, an evaluation needs a score).
import type { Static } from '@sinclair/typebox';
import { DomainError } from '@yiwang/service-kit';
import type { TaskUpdate } from '../domain/decide-task-update.js';
import type { TaskUpdateBody } from './schemas/grid.js';

const invalid = (detail: string) => new DomainError('EXCHANGE.GRID_TASK_UPDATE_INVALID', detail);

/** Maps and checks a task update body. */
export function taskUpdateOf(body: Static<typeof TaskUpdateBody>): TaskUpdate {
  switch (body.status) {
    case 'closed':
      if (body.result === undefined) throw invalid('Closing a task needs a result.');
      return { status: 'closed', result: body.result };
    case 'evaluated':
      if (body.evaluation === undefined)
        throw invalid('Evaluating a task needs an evaluation 1–5.');
      return { status: 'evaluated', evaluation: body.evaluation };
    default:
      if (body.result !== undefined || body.evaluation !== undefined) {
        throw invalid('result and evaluation belong to closed and evaluated updates only.');
      }
      return { status: body.status, note: body.note, photos: body.photos ?? [] };
  }
}
