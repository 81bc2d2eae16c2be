// POST /v1/enterprises/import: CSV (text/csv) or NDJSON (application/x-ndjson), up to
// EXCHANGE_IMPORT_MAX_ROWS rows. Valid rows are applied, invalid ones reported per row. The
// text parsers are registered in this route's own plugin scope only.
import { Type } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { DomainError, principalOf, type ServiceApp } from '@yiwang/service-kit';
import { importEnterprises, type ImportRow } from '../app/import-enterprises.js';
import type { Deps } from '../deps.js';
import { profileOf } from './enterprise-input.js';
import { parseNdjson } from './import-ndjson.js';
import { parseCsv, type RawRow } from './import-parsers.js';
import { DIRECTORY_WRITERS } from './roles.js';
import { bearer, Obj, problems } from './schemas/common.js';
import { EnterpriseBody, ImportReportView } from './schemas/enterprise.js';

const RowSchema = Type.Composite(
  [EnterpriseBody, Obj({ uscc: Type.String({ minLength: 1, maxLength: 40 }) })],
  {
    additionalProperties: false,
  },
);
const checkRow = TypeCompiler.Compile(RowSchema);
const CSV = 'text/csv';
const NDJSON = 'application/x-ndjson';

/** Registers the import route with its text parsers. */
export async function importRoute(app: ServiceApp, deps: Deps): Promise<void> {
  await app.register((scope, _options, done) => {
    const bodyLimit = deps.config.EXCHANGE_IMPORT_MAX_BYTES;
    for (const type of [CSV, NDJSON]) {
      scope.addContentTypeParser(type, { parseAs: 'string', bodyLimit }, (_req, body, done) =>
        done(null, body),
      );
    }
    scope.post(
      '/v1/enterprises/import',
      {
        bodyLimit,
        schema: {
          tags: ['enterprise directory'],
          summary:
            'Bulk import of the directory (CSV with a header row, or NDJSON); per-row error report',
          security: bearer,
          consumes: [CSV, NDJSON],
          body: Type.String({ description: 'CSV or NDJSON text' }),
          response: { 200: ImportReportView, ...problems },
        },
        preHandler: scope.auth.require({ roles: DIRECTORY_WRITERS }),
      },
      async (request) => {
        const isCsv = (request.headers['content-type'] ?? '').startsWith(CSV);
        const text = typeof request.body === 'string' ? request.body : '';
        const raw = isCsv
          ? parseCsv(text, ['employees'])
          : parseNdjson(text, deps.config.JSON_MAX_DEPTH);
        if (raw.length > deps.config.EXCHANGE_IMPORT_MAX_ROWS) {
          throw new DomainError(
            'EXCHANGE.IMPORT_TOO_MANY_ROWS',
            `At most ${deps.config.EXCHANGE_IMPORT_MAX_ROWS} rows per import; split the file.`,
          );
        }
        const rows = raw.map((r) => toImportRow(r, isCsv));
        return importEnterprises(deps, rows, principalOf(request).regions);
      },
    );
    done();
  });
}

function toImportRow(raw: RawRow, isCsv: boolean): ImportRow {
  if (raw.error !== undefined) return { row: raw.row, errors: [{ field: '', message: raw.error }] };
  const value = isCsv ? nestClosure(raw.value as Record<string, unknown>) : raw.value;
  if (!checkRow.Check(value)) {
    const errors = [...checkRow.Errors(value)].slice(0, 10).map((e) => ({
      field: e.path.replace(/^\//, '').replaceAll('/', '.'),
      message: e.message,
    }));
    return { row: raw.row, errors };
  }
  const { uscc, ...body } = value;
  return { row: raw.row, uscc, input: profileOf(body) };
}

function nestClosure(row: Record<string, unknown>): Record<string, unknown> {
  const { closedReason, closedOn, ...rest } = row;
  if (closedReason === undefined && closedOn === undefined) return rest;
  return { ...rest, closure: { reason: closedReason, closedOn } };
}
