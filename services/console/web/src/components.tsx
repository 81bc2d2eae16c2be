// Small pieces shared by several pages.
import { ApiError } from './api';
import { formatDateTime, useT } from './i18n';

/** Days from today (local date) to an ISO date; negative when past. */
export function daysUntil(isoDate: string, today = new Date()): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  const due = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((due - now) / 86_400_000);
}

/**
 * Due-date badge: overdue (red), due within `soonDays` (amber), else the date. `label` names
 * the clock (reply, verification…); `overdue` is complaints' own verdict (its clock decides
 * whether today counts), the browser's date only when the service gives none.
 */
export function DueBadge({
  dueBy,
  soonDays = 7,
  label,
  overdue,
}: {
  dueBy: string | undefined;
  soonDays?: number;
  label?: string;
  overdue?: boolean;
}) {
  const { t } = useT();
  if (dueBy === undefined) return <span className="muted">—</span>;
  const left = daysUntil(dueBy);
  const prefix = label === undefined ? '' : `${label} · `;
  if (overdue ?? left < 0)
    return (
      <span className="badge overdue" title={dueBy}>
        {prefix}
        {t('overdue')} {Math.max(-left, 0)}d
      </span>
    );
  if (left <= soonDays)
    return (
      <span className="badge soon" title={dueBy}>
        {prefix}
        {t('dueSoon')} {left}d
      </span>
    );
  return (
    <span className="badge ok" title={dueBy}>
      {prefix}
      {dueBy}
    </span>
  );
}

/** An error message for a failed call, in the user's language. */
export function ErrorNote({ error }: { error: unknown }) {
  const { t } = useT();
  if (error === undefined || error === null) return null;
  let text = error instanceof Error ? error.message : 'error';
  if (error instanceof ApiError) {
    if (error.status === 403) text = t('forbidden');
    else if (error.status === 404) text = t('notFound');
    else if (error.status === 503 || error.status === 0) text = t('unavailable');
    else if (error.status === 429) text = t('tooMany');
    else text = `${error.message} (${error.code})`;
  }
  return (
    <p className="error" role="alert">
      {text}
    </p>
  );
}

/** Splits a code into groups of four, so it can be read aloud over the phone. */
export const spaced = (code: string) => code.replace(/(.{4})(?=.)/g, '$1 ');

/** The tracking code and access key, large, for reading back or writing down. */
export function ReadBack({ trackingCode, accessKey }: { trackingCode: string; accessKey: string }) {
  const { t } = useT();
  return (
    <dl className="readback">
      <dt>{t('trackingCode')}</dt>
      <dd data-testid="tracking-code">{trackingCode}</dd>
      <dt>{t('accessKey')}</dt>
      <dd data-testid="access-key" data-value={accessKey}>
        {spaced(accessKey)}
      </dd>
    </dl>
  );
}

/** A vertical list of steps with times. */
export function Timeline({ steps }: { steps: readonly { status: string; at: string }[] }) {
  const { t, lang } = useT();
  return (
    <ol className="timeline">
      {steps.map((s, i) => (
        <li key={`${s.status}-${i}`}>
          <strong>{t(`status.${s.status}`)}</strong>
          <time dateTime={s.at}>{formatDateTime(s.at, lang)}</time>
        </li>
      ))}
    </ol>
  );
}

/** A horizontal bar chart in plain SVG (no chart library, nothing from the internet). */
export function Bars({
  data,
  label,
}: {
  data: readonly { name: string; value: number; tone?: string }[];
  label: string;
}) {
  const { t } = useT();
  if (data.length === 0) return <p className="muted">{t('empty')}</p>;
  const max = Math.max(1, ...data.map((d) => d.value));
  const row = 28;
  return (
    <svg
      className="bars"
      role="img"
      aria-label={label}
      viewBox={`0 0 420 ${data.length * row + 4}`}
    >
      {data.map((d, i) => (
        <g key={d.name} transform={`translate(0, ${i * row})`}>
          <text x="0" y="18" className="bar-label">
            {d.name}
          </text>
          <rect
            x="110"
            y="4"
            height="18"
            width={(d.value / max) * 260}
            className={`bar ${d.tone ?? ''}`}
          />
          <text x={116 + (d.value / max) * 260} y="18" className="bar-value">
            {d.value}
          </text>
        </g>
      ))}
    </svg>
  );
}

/** Headline numbers, large, each with its label (the first thing a supervisor reads). */
export function Tiles({
  items,
}: {
  items: readonly { label: string; value: number; tone?: 'overdue' | 'soon'; testId?: string }[];
}) {
  return (
    <dl className="tiles">
      {items.map((i) => (
        <div key={i.label} className={`tile ${i.tone ?? ''}`}>
          <dt>{i.label}</dt>
          <dd data-testid={i.testId}>{i.value}</dd>
        </div>
      ))}
    </dl>
  );
}
