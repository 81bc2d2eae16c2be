// The supervisor's overview of the other contexts, from their aggregate endpoints (exact
// counts over the user's regions, not a first page): the hazards open now — whatever the year
// they were found — by state and region with the overdue, major and listed ones, the listed
// major hazards (挂牌督办) of the user's regions, credit listings by status and permits in
// progress. Each panel loads on its own and says so when its service is unavailable, so one
// service down never blanks the page.
import { useEffect, useState } from 'react';
import { api } from '../api';
import { Bars, ErrorNote, Tiles } from '../components';
import { useT } from '../i18n';
import { regionName } from '../regions';

type ByStatus = Record<string, number>;

/** hazards' `GET /v1/hazards/stats/open`: the cases not closed yet. */
interface OpenHazardStats {
  totals: { total: number; major: number; overdue: number; listed: number; byStatus: ByStatus };
  byRegion: { region: string; total: number }[];
}
/** A case of hazards' `GET /v1/hazards?listed=true` (the fields the panel shows). */
interface ListedHazard {
  id: string;
  enterpriseName: string | null;
  region: string;
  status: string;
  listing: { documentNumber: string; noticeSummary: string; deadline: string };
}
interface ListingStats {
  totals: { total: number; byStatus: ByStatus };
}
interface PermitStats {
  totals: { inProgress: number; decisionOverdue: number; byStatus: ByStatus };
}

/** Permit states after a decision or before submission: not "in progress". */
const PERMIT_NOT_IN_PROGRESS = new Set(['draft', 'refused', 'licence-issued']);

/** One GET, or its error. */
function useGet<T>(path: string): { data: T | undefined; error: unknown } {
  const [data, setData] = useState<T | undefined>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    api<T>(path).then(setData).catch(setError);
  }, [path]);
  return { data, error };
}

/** Counts by status as bars, largest first, labelled in the user's language. */
const statusBars = (byStatus: ByStatus, prefix: string, t: (key: string) => string) =>
  Object.entries(byStatus)
    .sort((a, b) => b[1] - a[1])
    .map(([status, value]) => ({ name: t(`${prefix}.${status}`), value }));

export function Overview() {
  const { t, lang } = useT();
  const hazards = useGet<OpenHazardStats>('/hazards/v1/hazards/stats/open');
  const listedCases = useGet<{ items: ListedHazard[] }>(
    '/hazards/v1/hazards?listed=true&open=true&limit=200',
  );
  const listings = useGet<ListingStats>('/credit/v1/credit/listings/stats');
  const permits = useGet<PermitStats>('/permits/v1/permits/applications/stats');
  // A listing stays on the case after it is closed (销号); the panel shows those still open.
  const listed = listedCases.data?.items.filter((c) => c.status !== 'closed') ?? [];
  const h = hazards.data;
  return (
    <section>
      <h2>
        {t('hazardsTitle')} <span className="muted">· {t('inProgress')}</span>
      </h2>
      <ErrorNote error={hazards.error ?? listedCases.error} />
      {h === undefined ? null : (
        <>
          <Tiles
            items={[
              { label: t('total'), value: h.totals.total },
              { label: t('overdue'), value: h.totals.overdue, tone: 'overdue' },
              { label: t('majorHazards'), value: h.totals.major, tone: 'soon' },
              { label: t('listed'), value: h.totals.listed, tone: 'overdue', testId: 'listed' },
            ]}
          />
          <div className="split">
            <div>
              <h3>{t('byState')}</h3>
              <Bars label={t('byState')} data={statusBars(h.totals.byStatus, 'hazard', t)} />
            </div>
            <div>
              <h3>{t('byRegion')}</h3>
              <Bars
                label={t('byRegion')}
                data={h.byRegion.map((r) => ({ name: regionName(r.region, lang), value: r.total }))}
              />
            </div>
          </div>
        </>
      )}
      {listed.length > 0 ? (
        <>
          <h3>{t('listed')}</h3>
          <ul className="deadline-list">
            {listed.map((c) => (
              <li key={c.id}>
                {c.listing.documentNumber} · {c.enterpriseName ?? ''} · {regionName(c.region, lang)}{' '}
                · {c.listing.noticeSummary} · {t('due')} {c.listing.deadline}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="split">
        <div>
          <h2>{t('creditListings')}</h2>
          <ErrorNote error={listings.error} />
          {listings.data === undefined ? null : (
            <Bars
              label={t('creditListings')}
              data={statusBars(listings.data.totals.byStatus, 'listing', t)}
            />
          )}
        </div>
        <div>
          <h2>{t('permitsInProgress')}</h2>
          <ErrorNote error={permits.error} />
          {permits.data === undefined ? null : (
            <>
              <Tiles
                items={[
                  { label: t('inProgress'), value: permits.data.totals.inProgress },
                  {
                    label: t('decisionOverdue'),
                    value: permits.data.totals.decisionOverdue,
                    tone: 'overdue',
                  },
                ]}
              />
              <Bars
                label={t('permitsInProgress')}
                data={statusBars(
                  Object.fromEntries(
                    Object.entries(permits.data.totals.byStatus).filter(
                      ([status]) => !PERMIT_NOT_IN_PROGRESS.has(status),
                    ),
                  ),
                  'permit',
                  t,
                )}
              />
            </>
          )}
        </div>
      </div>
    </section>
  );
}
