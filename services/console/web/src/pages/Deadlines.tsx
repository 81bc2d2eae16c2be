// The supervisors' deadline view: 12350 cases overdue and due soon, counted by region.
import { useEffect, useState } from 'react';
import { api } from '../api';
import { Bars, ErrorNote } from '../components';
import { useT } from '../i18n';
import { regionName } from '../regions';
import { navigate } from '../router';
import { Overview } from './Overview';
import { NextDue, type ReportView } from './Queue';

export function Deadlines() {
  const { t, lang } = useT();
  const [overdue, setOverdue] = useState<ReportView[]>([]);
  const [soon, setSoon] = useState<ReportView[]>([]);
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    const get = (d: string) =>
      api<{ items: ReportView[] }>(`/complaints/v1/reports?limit=200&deadline=${d}`).then(
        (p) => p.items,
      );
    Promise.all([get('overdue'), get('due-soon')])
      .then(([o, s]) => {
        setOverdue(o);
        setSoon(s);
      })
      .catch(setError);
  }, []);
  const byRegion = new Map<string, number>();
  for (const r of overdue)
    byRegion.set(r.location.region, (byRegion.get(r.location.region) ?? 0) + 1);
  const list = (items: ReportView[]) => (
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
  );
  return (
    <section>
      <h1>{t('deadlinesTitle')}</h1>
      <ErrorNote error={error} />
      <Bars
        label={t('deadlinesTitle')}
        data={[
          { name: t('overdue'), value: overdue.length, tone: 'overdue' },
          { name: t('dueSoon'), value: soon.length, tone: 'soon' },
        ]}
      />
      <h2>{t('byRegion')}</h2>
      <Bars
        label={t('byRegion')}
        data={[...byRegion].map(([code, n]) => ({
          name: regionName(code, lang),
          value: n,
          tone: 'overdue',
        }))}
      />
      <div className="split">
        <div>
          <h2>{t('overdue')}</h2>
          {list(overdue)}
        </div>
        <div>
          <h2>{t('dueSoon')}</h2>
          {list(soon)}
        </div>
      </div>
      <Overview />
    </section>
  );
}
