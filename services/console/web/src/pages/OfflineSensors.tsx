// The alarm board's offline sensors: every sensor iot-ingest marks offline in the user's regions
// (no reading for longer than its interval allows), the enterprise by name, and how long ago it
// last reported. Refreshed every minute; more pages on demand.
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api';
import { ErrorNote } from '../components';
import { useEnterpriseNames } from '../enterprise-names';
import { formatDateTime, localeOf, useT, type Lang } from '../i18n';
import { regionName } from '../regions';

interface Sensor {
  id: string;
  uscc: string;
  region: string;
  name: string | null;
  kind: string;
  state: { status: string; lastReadingAt: string | null };
}

interface Page {
  items: Sensor[];
  next: string | null;
}

const PAGE = 50;
const REFRESH_MS = 60_000;

const pagePath = (cursor?: string) =>
  `/iot-ingest/v1/sensors?state=offline&limit=${PAGE}` +
  (cursor === undefined ? '' : `&cursor=${encodeURIComponent(cursor)}`);

/** "3 hours ago" in the session language. */
function ago(iso: string, lang: Lang): string {
  const minutes = Math.round((Date.parse(iso) - Date.now()) / 60_000);
  const format = new Intl.RelativeTimeFormat(localeOf(lang), { numeric: 'auto' });
  if (Math.abs(minutes) < 60) return format.format(minutes, 'minute');
  if (Math.abs(minutes) < 48 * 60) return format.format(Math.round(minutes / 60), 'hour');
  return format.format(Math.round(minutes / 1440), 'day');
}

export function OfflineSensors() {
  const { t, lang } = useT();
  const [page, setPage] = useState<Page | undefined>();
  const [error, setError] = useState<unknown>();
  const nameOf = useEnterpriseNames(page?.items.map((s) => s.uscc) ?? []);
  const refresh = useCallback(() => {
    api<Page>(pagePath())
      .then((first) => {
        setPage(first);
        setError(undefined);
      })
      .catch(setError);
  }, []);
  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);
  const more = (cursor: string) =>
    api<Page>(pagePath(cursor))
      .then((next) =>
        setPage((p) => ({ items: [...(p?.items ?? []), ...next.items], next: next.next })),
      )
      .catch(setError);
  return (
    <section className="offline" aria-labelledby="offline-title">
      <h2 id="offline-title">
        {t('offlineSensors')}{' '}
        {page === undefined ? null : (
          <span className="badge overdue" data-testid="offline-count">
            {page.items.length}
            {page.next === null ? '' : '+'}
          </span>
        )}
      </h2>
      <ErrorNote error={error} />
      {page?.items.length === 0 ? <p className="muted">{t('noOffline')}</p> : null}
      {page !== undefined && page.items.length > 0 ? (
        <table className="list">
          <thead>
            <tr>
              <th>{t('sensor')}</th>
              <th>{t('kind')}</th>
              <th>{t('enterpriseColumn')}</th>
              <th>{t('region')}</th>
              <th>{t('lastReading')}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((s) => (
              <tr key={s.id} data-testid={`offline-${s.id}`}>
                <td>
                  {s.name ?? s.id}
                  {s.name === null ? null : <span className="muted"> · {s.id}</span>}
                </td>
                <td>{t(`kind.${s.kind}`)}</td>
                <td>{nameOf(s.uscc)}</td>
                <td>{regionName(s.region, lang)}</td>
                <td>
                  {s.state.lastReadingAt === null ? (
                    t('neverReported')
                  ) : (
                    <time
                      dateTime={s.state.lastReadingAt}
                      title={formatDateTime(s.state.lastReadingAt, lang)}
                    >
                      {ago(s.state.lastReadingAt, lang)}
                    </time>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {page?.next ? (
        <button type="button" className="link" onClick={() => void more(page.next ?? '')}>
          {t('loadMore')}
        </button>
      ) : null}
    </section>
  );
}
