// The case queue: newest first, with due-date badges; filters for due soon and overdue.
import { useEffect, useState } from 'react';
import { api } from '../api';
import { DueBadge, ErrorNote } from '../components';
import { nextDeadline, soonDaysOf, type RunningDeadline } from '../deadlines';
import { formatDateTime, useT } from '../i18n';
import { regionName } from '../regions';
import { navigate } from '../router';

export interface ReportView {
  id: string;
  status: string;
  category: string;
  location: { region: string; address?: string };
  enterprise: { uscc?: string; name?: string };
  receivedAt: string;
  staffSummary?: string;
  summaryCode?: string;
  deadline?: { kind: string; dueBy: string };
  /** Every clock running now (statutory and local); new cases have only reply/conclusion. */
  deadlines?: RunningDeadline[];
  timeline: { status: string; at: string }[];
  verifyDueBy?: string;
  feedbackDueBy?: string;
  extension?: unknown;
}

export function Queue() {
  const { t, lang } = useT();
  const [filter, setFilter] = useState<'' | 'due-soon' | 'overdue'>('');
  const [items, setItems] = useState<ReportView[]>([]);
  const [next, setNext] = useState<string | undefined>();
  const [error, setError] = useState<unknown>();
  const load = async (cursor?: string) => {
    const q = new URLSearchParams({ limit: '50' });
    if (filter) q.set('deadline', filter);
    if (cursor) q.set('cursor', cursor);
    try {
      const page = await api<{ items: ReportView[]; nextCursor?: string }>(
        `/complaints/v1/reports?${q.toString()}`,
      );
      setItems((old) => (cursor ? [...old, ...page.items] : page.items));
      setNext(page.nextCursor);
      setError(undefined);
    } catch (err) {
      setError(err);
    }
  };
  useEffect(() => {
    void load();
  }, [filter]);
  return (
    <section>
      <h1>{t('navQueue')}</h1>
      <div className="chips">
        {(['', 'due-soon', 'overdue'] as const).map((f) => (
          <button
            key={f}
            type="button"
            className={`chip ${filter === f ? 'on' : ''}`}
            onClick={() => setFilter(f)}
          >
            {t(f === '' ? 'all' : f === 'due-soon' ? 'dueSoon' : 'overdue')}
          </button>
        ))}
      </div>
      <ErrorNote error={error} />
      <table className="list">
        <thead>
          <tr>
            <th>{t('receivedAt')}</th>
            <th>{t('category')}</th>
            <th>{t('region')}</th>
            <th>{t('enterprise')}</th>
            <th>{t('status')}</th>
            <th>{t('due')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((r) => (
            <tr key={r.id} onClick={() => navigate(`/cases/${r.id}`)} className="clickable">
              <td>
                <a href={`/cases/${r.id}`} onClick={(e) => e.preventDefault()}>
                  {formatDateTime(r.receivedAt, lang)}
                </a>
              </td>
              <td>{t(`scope.${r.category}`)}</td>
              <td>{regionName(r.location.region, lang)}</td>
              <td>{r.enterprise.name ?? r.enterprise.uscc ?? '—'}</td>
              <td>{t(`status.${r.status}`)}</td>
              <td>
                <NextDue r={r} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {items.length === 0 && error === undefined ? <p className="muted">{t('empty')}</p> : null}
      {next ? (
        <button type="button" onClick={() => void load(next)}>
          {t('loadMore')}
        </button>
      ) : null}
    </section>
  );
}

/** The badge of the clock to chase first, named (reply, verification…). */
export function NextDue({ r }: { r: Pick<ReportView, 'deadline' | 'deadlines'> }) {
  const { t } = useT();
  const d = nextDeadline(r);
  return (
    <DueBadge
      dueBy={d?.dueBy}
      label={d ? t(`deadline.${d.kind}`) : undefined}
      overdue={d?.overdue}
      soonDays={d ? soonDaysOf(d.kind) : undefined}
    />
  );
}
