// Log redaction on top of the kit's defaults (ARCHITECTURE.md §7: personal data is redacted by
// configuration). Bodies are never logged at all; this is the second line of defence.
import { defaultRedactPaths } from '@yiwang/service-kit';
import type { Logger } from 'pino';

/**
 * Log paths redacted on top of the kit's defaults: the reporter's words and contact data and
 * the tracking secrets, wherever a field of that name shows up. Bodies are never logged at
 * all; this is the second line of defence.
 */
export const complaintsRedactPaths = [
  'description',
  '*.description',
  'identity',
  '*.identity',
  '*.name',
  '*.email',
  '*.first_name',
  '*.last_name',
  '*.accessKey',
  '*.access_key',
  'body',
  '*.body',
  'req.headers["x-access-key"]',
  'headers["x-access-key"]',
];

/** A child of `logger` that redacts the kit's paths, `extra` and the complaints paths. */
export function redactingLogger(logger: Logger, extra: readonly string[]): Logger {
  return logger.child(
    {},
    {
      redact: {
        paths: [...defaultRedactPaths, ...extra, ...complaintsRedactPaths],
      },
    },
  );
}
