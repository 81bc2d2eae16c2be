// Bulk import of the directory: every valid row is applied (each in its own savepoint, so one
// bad row does not undo the others), every invalid one is reported with its row number, field
// and message. Rows are applied in chunks, one transaction per chunk.
import { DomainError } from '@yiwang/service-kit';
import type { Deps } from '../deps.js';
import { applyEnterprise, parseUsccOrThrow, type EnterpriseInput } from './put-enterprise.js';

/** A row after parsing: either its data or what is wrong with it. */
export type ImportRow =
  | { readonly row: number; readonly uscc: string; readonly input: EnterpriseInput }
  | { readonly row: number; readonly errors: readonly { field: string; message: string }[] };

/** The outcome of an import. */
export interface ImportReport {
  total: number;
  registered: number;
  updated: number;
  unchanged: number;
  failed: number;
  errors: { row: number; field: string; message: string }[];
}

const CHUNK = 200;
const MAX_LISTED_ERRORS = 1_000;

/** Applies parsed rows; invalid rows are only reported. */
export async function importEnterprises(
  deps: Deps,
  rows: readonly ImportRow[],
  regions: readonly string[],
) {
  const report: ImportReport = {
    total: rows.length,
    registered: 0,
    updated: 0,
    unchanged: 0,
    failed: 0,
    errors: [],
  };
  const fail = (row: number, field: string, message: string) => {
    report.failed += 1;
    if (report.errors.length < MAX_LISTED_ERRORS) report.errors.push({ row, field, message });
  };
  for (let start = 0; start < rows.length; start += CHUNK) {
    await deps.database.db.transaction(async (tx) => {
      for (const item of rows.slice(start, start + CHUNK)) {
        if ('errors' in item) {
          report.failed += 1;
          for (const e of item.errors)
            if (report.errors.length < MAX_LISTED_ERRORS)
              report.errors.push({ row: item.row, ...e });
          continue;
        }
        try {
          const uscc = parseUsccOrThrow(item.uscc);
          const done = await tx.transaction((sp) =>
            applyEnterprise(deps, sp, uscc, item.input, regions),
          );
          if (done.created) report.registered += 1;
          else if (done.events > 0) report.updated += 1;
          else report.unchanged += 1;
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          fail(item.row, fieldOf(error.code), error.message);
        }
      }
    });
  }
  return report;
}

function fieldOf(code: string): string {
  if (code === 'EXCHANGE.USCC_INVALID') return 'uscc';
  if (code.startsWith('EXCHANGE.GRID_CELL')) return 'gridCellId';
  if (code === 'EXCHANGE.REGION_FORBIDDEN') return 'region';
  if (code === 'EXCHANGE.HIGH_RISK_CATEGORY_INCONSISTENT') return 'highRiskCategory';
  if (code === 'EXCHANGE.CLOSURE_REQUIRED') return 'closedReason';
  return '';
}
