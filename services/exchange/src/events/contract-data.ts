// Payloads of the directory and department events (kept apart to keep the mapper short).
import type { Department, DepartmentEvent } from '../domain/department.js';
import type { Enterprise } from '../domain/enterprise.js';

/** `data` of enterprise.registered. */
export function enterpriseData(e: Enterprise) {
  return {
    uscc: e.uscc,
    name: e.name,
    industry: e.industry,
    highRisk: e.highRiskCategory !== 'none',
    highRiskCategory: e.highRiskCategory,
    region: e.region,
    township: e.township,
    gridCellId: e.gridCellId,
    standardisationLevel: e.standardisationLevel,
    status: e.status,
    ...(e.address === undefined ? {} : { address: e.address }),
    ...(e.employees === undefined ? {} : { employees: e.employees }),
    registeredAt: e.registeredAt,
  };
}

/** `data` of department.registered. */
export function registeredData(d: Department) {
  return {
    departmentId: d.code,
    name: d.name,
    kind: d.kind,
    regions: [...d.policy.regions],
    deliveries: [...d.channels],
    legalBasis: d.policy.legalBasis,
    agreementExpiresOn: d.policy.expiresOn,
    registeredAt: d.registeredAt,
  };
}

/** `data` of department.policy-changed. */
export function policyChangedData(
  event: Extract<DepartmentEvent, { type: 'department.policy-changed' }>,
) {
  const p = event.policy;
  return {
    departmentId: event.code,
    policyVersion: p.version,
    eventTypes: p.rules.map((r) => r.type),
    regions: [...p.regions],
    legalBasis: p.legalBasis,
    agreementExpiresOn: p.expiresOn,
    changedBy: event.by,
    changedAt: event.at,
  };
}
