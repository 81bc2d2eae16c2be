// exchange.department.registered → the department's default joint-punishment measures by its
// kind (a bank applies loan limits, an insurer the premium surcharge, …). An administrator's
// policy set through the API is never overwritten.
import type { Static } from '@sinclair/typebox';
import type { exchange } from '@yiwang/contracts';
import type { ConsumerSpec } from '@yiwang/service-kit';
import { setMeasures } from '../db/departments.js';
import type { Deps, Schema } from '../deps.js';
import { MEASURES_BY_DEPARTMENT_KIND } from '../domain/measures.js';

type Registered = Static<typeof exchange.departmentRegistered.schema>;

/** Consumer spec. */
export function projectDepartments(deps: Deps): ConsumerSpec<Schema> {
  return {
    name: 'credit-project-departments',
    filterSubjects: [`${deps.config.CREDIT_BUS_PREFIX}.exchange.department.registered.*`],
    handler: async (event, { tx }) => {
      if (event.type !== 'yiwang.exchange.department.registered.v1') return;
      const d = event.data as Registered;
      await setMeasures(tx, {
        departmentId: d.departmentId,
        measures: [...(MEASURES_BY_DEPARTMENT_KIND[d.kind] ?? [])],
        source: 'directory',
        updatedBy: deps.config.CREDIT_SERVICE_ACTOR,
        updatedAt: new Date(d.registeredAt),
      });
    },
  };
}
