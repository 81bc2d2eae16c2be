/** What a report is about (complaints' SCOPES). */
export const SCOPES = [
  'major-hazard',
  'illegal-operation',
  'concealed-accident',
  'general-hazard',
  'other',
] as const;
export type Scope = (typeof SCOPES)[number];

/** Today as YYYY-MM-DD in local time. */
export const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
