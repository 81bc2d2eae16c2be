// The supervisors' deadline view: 12350 cases overdue and due soon, counted exactly by
// complaints (GET /v1/reports/stats, over the user's regions) and by region, with the latest
// of each listed to open; then the other contexts' overview.
import { useEffect, useState } from 'react';
import { api } from '../api';
import { Bars, ErrorNote, Tiles } from '../components';
import { useT } from '../i18n';
import { regionName } from '../regions';
import { navigate } from '../router';
import { Overview } from './Overview';
import { NextDue, type ReportView } from './Queue';

/** What complaints counts (the fields this page shows). */
interface ReportStats {
  totals: { total: number; overdue: number; dueSoon: number };
  byRegion: { region: string; overdue: number; dueSoon: number }[];
}

/** The longest list complaints gives in one page. */
const LIST_LIMIT = 200;

export function Deadlines() {
  const { t, lang } = useT();
  const [stats, setStats] = useState<ReportStats | undefined>();
  const [overdue, setOverdue] = useState<ReportView[]>([]);
  const [soon, setSoon] = useState<ReportView[]>([]);
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    const get = (d: string) =>
      api<{ items: ReportView[] }>(`/complaints/v1/reports?limit=${LIST_LIMIT}&deadline=${d}`).then(
        (p) => p.items,
      );
    Promise.all([api<ReportStats>('/complaints/v1/reports/stats'), get('overdue'), get('due-soon')])
      .then(([s, o, d]) => {
        setStats(s);
        setOverdue(o);
        setSoon(d);
      })
      .catch(setError);
  }, []);
  const list = (items: ReportView[], count: number | undefined) => (
    <>
      {items.length === 0 && stats !== undefined ? <p className="muted">{t('empty')}</p> : null}
      <ul className="deadline-list">
        {items.map((r) => (
          <li key={r.id}>
            <button type="button" className="link" onClick={() => navigate(`/cases/${r.id}`)}>
              {t(`scope.${r.category}`)} · {r.enterprise.name ?? r.enterprise.uscc ?? ''} ·{' '}
              {regionName(r.location.region, lang)}
            </button>{' '}
            <NextDue r={r} />
          </li>
        ))}
      </ul>
      {count !== undefined && count > items.length ? (
        <p className="muted">{t('latestOnly')}</p>
      ) : null}
    </>
  );
  /** Regions with cases on `clock`, as bars. */
  const regionBars = (clock: 'overdue' | 'dueSoon') =>
    (stats?.byRegion ?? [])
      .filter((r) => r[clock] > 0)
      .sort((a, b) => b[clock] - a[clock])
      .map((r) => ({
        name: regionName(r.region, lang),
        value: r[clock],
        tone: clock === 'overdue' ? 'overdue' : 'soon',
      }));
  return (
    <section>
      <h1>{t('deadlinesTitle')}</h1>
      <ErrorNote error={error} />
      {stats === undefined ? null : (
        <>
          <Tiles
            items={[
              { label: t('total'), value: stats.totals.total },
              {
                label: t('overdue'),
                value: stats.totals.overdue,
                tone: 'overdue',
                testId: 'cases-overdue',
              },
              {
                label: t('dueSoon'),
                value: stats.totals.dueSoon,
                tone: 'soon',
                testId: 'cases-due-soon',
              },
            ]}
          />
          <div className="split">
            <div>
              <h2>
                {t('byRegion')} · {t('overdue')}
              </h2>
              <Bars label={`${t('byRegion')} ${t('overdue')}`} data={regionBars('overdue')} />
            </div>
            <div>
              <h2>
                {t('byRegion')} · {t('dueSoon')}
              </h2>
              <Bars label={`${t('byRegion')} ${t('dueSoon')}`} data={regionBars('dueSoon')} />
            </div>
          </div>
        </>
      )}
      <div className="split">
        <div>
          <h2>{t('overdue')}</h2>
          {list(overdue, stats?.totals.overdue)}
        </div>
        <div>
          <h2>{t('dueSoon')}</h2>
          {list(soon, stats?.totals.dueSoon)}
        </div>
      </div>
      <Overview />
    </section>
  );
}
