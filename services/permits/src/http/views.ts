// Domain state → HTTP views (drops undefined members so the closed response schemas hold;
// internal notes only for staff).
import type { Static } from '@sinclair/typebox';
import type { Application } from '../domain/application.js';
import type { Licence } from '../domain/licence.js';
import type { ApplicationView, LicenceView } from './schemas.js';

/** The view of an application; `staff` decides whether internal notes are shown. */
export function applicationView(a: Application, staff: boolean): Static<typeof ApplicationView> {
  const { notes, ...rest } = a;
  const view = staff ? { ...rest, notes } : rest;
  return JSON.parse(JSON.stringify(view)) as Static<typeof ApplicationView>;
}

/** The view of a licence. */
export function licenceView(l: Licence): Static<typeof LicenceView> {
  return JSON.parse(JSON.stringify(l)) as Static<typeof LicenceView>;
}
