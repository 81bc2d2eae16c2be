// The supervisor's overview of the other contexts: hazards by state and region, overdue and
// listed major hazards, credit listings and permits by status. Each panel loads on its own
// and says so when its service is unavailable, so one service down never blanks the page.
import { useEffect, useState } from 'react';
import { api } from '../api';
import { Bars, ErrorNote } from '../components';
import { useT } from '../i18n';
import { regionName } from '../regions';

interface Item {
  id?: string;
  status?: string;
  region?: string;
  level?: string;
  overdue?: boolean;
  listing?: { documentNumber?: string; deadline?: string };
  enterpriseName?: string | null;
  summary?: string;
}

/** First page (up to 200) of a list, or the error. */
function useList(path: string): { items: Item[] | undefined; error: unknown } {
  const [items, setItems] = useState<Item[] | undefined>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    api<{ items: Item[] }>(path)
      .then((p) => setItems(p.items))
      .catch(setError);
  }, [path]);
  return { items, error };
}

const countBy = (items: Item[], key: (i: Item) => string | undefined) => {
  const counts = new Map<string, number>();
  for (const i of items) {
    const k = key(i);
    if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([name, value]) => ({ name, value }));
};

export function Overview() {
  const { t, lang } = useT();
  const hazards = useList('/hazards/v1/hazards?limit=200');
  const listings = useList('/credit/v1/credit/listings?limit=200');
  const permits = useList('/permits/v1/permits/applications?limit=200');
  const h = hazards.items ?? [];
  const listed = h.filter((x) => x.listing !== undefined);
  return (
    <section>
      <h2>{t('hazardsTitle')}</h2>
      {hazards.error !== undefined ? (
        <ErrorNote error={hazards.error} />
      ) : (
        <>
          <div className="split">
            <div>
              <h3>{t('byState')}</h3>
              <Bars label={t('byState')} data={countBy(h, (x) => x.status)} />
            </div>
            <div>
              <h3>{t('byRegion')}</h3>
              <Bars
                label={t('byRegion')}
                data={countBy(h, (x) => (x.region ? regionName(x.region, lang) : undefined))}
              />
            </div>
          </div>
          <Bars
            label={t('hazardsTitle')}
            data={[
              { name: t('overdue'), value: h.filter((x) => x.overdue).length, tone: 'overdue' },
              {
                name: t('majorHazards'),
                value: h.filter((x) => x.level === 'major').length,
                tone: 'soon',
              },
              { name: t('listed'), value: listed.length, tone: 'overdue' },
            ]}
          />
          <ul className="deadline-list">
            {listed.map((x) => (
              <li key={x.id}>
                {x.listing?.documentNumber} · {x.enterpriseName ?? ''} · {x.summary ?? ''} ·{' '}
                {x.listing?.deadline}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="split">
        <div>
          <h2>{t('creditListings')}</h2>
          {listings.error !== undefined ? (
            <ErrorNote error={listings.error} />
          ) : (
            <Bars
              label={t('creditListings')}
              data={countBy(listings.items ?? [], (x) => x.status)}
            />
          )}
        </div>
        <div>
          <h2>{t('permitsInProgress')}</h2>
          {permits.error !== undefined ? (
            <ErrorNote error={permits.error} />
          ) : (
            <Bars
              label={t('permitsInProgress')}
              data={countBy(permits.items ?? [], (x) => x.status)}
            />
          )}
        </div>
      </div>
    </section>
  );
}
