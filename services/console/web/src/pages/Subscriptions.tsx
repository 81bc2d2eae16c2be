// The department portal: webhook subscriptions (create, pause, resume), the delivery log with
// redelivery, and the sharing ledger's verification result.
import { Fragment, useEffect, useState, type FormEvent } from 'react';
import { api } from '../api';
import { ErrorNote } from '../components';
import { formatDateTime, useT } from '../i18n';
import { regionName } from '../regions';
import type { User } from '../session';

interface Subscription {
  id: string;
  url: string;
  description?: string;
  status: string;
  consecutiveFailures: number;
}
interface Delivery {
  id: string;
  eventType: string;
  status: string;
  attempts: number;
  lastStatus?: number;
  lastError?: string;
  createdAt: string;
}

interface Department {
  name: string;
  policy: {
    version: number;
    rules: { type: string; fields: string[] }[];
    regions: string[];
    legalBasis: string;
    expiresOn: string;
  };
}

/** The department's sharing policy, read-only: changing it is the bureau administrator's job. */
function Policy({ dept }: { dept: string }) {
  const { t, lang } = useT();
  const [department, setDepartment] = useState<Department | undefined>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    api<Department>(`/exchange/v1/departments/${encodeURIComponent(dept)}`)
      .then(setDepartment)
      .catch(setError);
  }, [dept]);
  if (department === undefined) return <ErrorNote error={error} />;
  const p = department.policy;
  return (
    <div>
      <h2>
        {t('policy')} · {department.name} (v{p.version})
      </h2>
      <dl className="facts">
        <dt>{t('legalBasis')}</dt>
        <dd>{p.legalBasis}</dd>
        <dt>{t('expiresOn')}</dt>
        <dd>{p.expiresOn}</dd>
        <dt>{t('region')}</dt>
        <dd>{p.regions.map((r) => regionName(r, lang)).join(lang === 'zh' ? '、' : ', ')}</dd>
        {p.rules.map((r) => (
          <Fragment key={r.type}>
            <dt>{r.type}</dt>
            <dd>{r.fields.join(', ')}</dd>
          </Fragment>
        ))}
      </dl>
    </div>
  );
}

export function Subscriptions({ user }: { user: User }) {
  const { t, lang } = useT();
  const [dept, setDept] = useState(user.dept);
  const [subs, setSubs] = useState<Subscription[]>([]);
  const [url, setUrl] = useState('');
  const [secret, setSecret] = useState('');
  const [selected, setSelected] = useState<string | undefined>();
  const [deliveries, setDeliveries] = useState<Delivery[]>([]);
  const [ledger, setLedger] = useState<unknown>();
  const [error, setError] = useState<unknown>();
  const load = () =>
    api<{ items: Subscription[] }>(
      `/exchange/v1/departments/${encodeURIComponent(dept)}/subscriptions`,
    )
      .then((p) => {
        setSubs(p.items);
        setError(undefined);
      })
      .catch(setError);
  useEffect(() => void load(), [dept]); // reload when the department code changes
  const loadDeliveries = (id: string) => {
    setSelected(id);
    api<{ items: Delivery[] }>(`/exchange/v1/subscriptions/${id}/deliveries?limit=50`)
      .then((p) => setDeliveries(p.items))
      .catch(setError);
  };
  const create = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const made = await api<{ secret: string }>(
        `/exchange/v1/departments/${encodeURIComponent(dept)}/subscriptions`,
        {
          method: 'POST',
          body: { url },
        },
      );
      setSecret(made.secret);
      setUrl('');
      await load();
    } catch (err) {
      setError(err);
    }
  };
  const post = async (path: string) => {
    try {
      await api(`/exchange/v1/${path}`, { method: 'POST', body: {} });
      await load();
      if (selected) loadDeliveries(selected);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section>
      <h1>{t('navSubscriptions')}</h1>
      <label className="short">
        {t('department')}
        <input value={dept} onChange={(e) => setDept(e.target.value)} />
      </label>
      <Policy dept={dept} />
      <h2>{t('subscriptions')}</h2>
      <ErrorNote error={error} />
      <table className="list">
        <tbody>
          {subs.map((s) => (
            <tr key={s.id}>
              <td>{s.url}</td>
              <td>{t(`subscription.${s.status}`)}</td>
              <td>{s.consecutiveFailures}</td>
              <td>
                <button
                  type="button"
                  className="chip"
                  onClick={() =>
                    void post(
                      `subscriptions/${s.id}/${s.status === 'active' ? 'disable' : 'enable'}`,
                    )
                  }
                >
                  {s.status === 'active' ? t('pause') : t('resume')}
                </button>
                <button type="button" className="chip" onClick={() => loadDeliveries(s.id)}>
                  {t('deliveries')}
                </button>
                <button
                  type="button"
                  className="chip"
                  onClick={() =>
                    void api(`/exchange/v1/subscriptions/${s.id}/replay`, {
                      method: 'POST',
                      body: { since: new Date(Date.now() - 86_400_000).toISOString() },
                    })
                      .then(() => loadDeliveries(s.id))
                      .catch(setError)
                  }
                >
                  {t('replay')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="row" onSubmit={(e) => void create(e)}>
        <input
          aria-label={t('url')}
          placeholder="https://…"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          required
        />
        <button type="submit">{t('create')}</button>
      </form>
      {secret ? (
        <p className="warn">
          {t('secretOnce')}: <code>{secret}</code>
        </p>
      ) : null}
      {selected ? (
        <>
          <h2>{t('deliveries')}</h2>
          <table className="list">
            <tbody>
              {deliveries.map((d) => (
                <tr key={d.id}>
                  <td>{formatDateTime(d.createdAt, lang)}</td>
                  <td>{d.eventType}</td>
                  <td>{t(`delivery.${d.status}`)}</td>
                  <td>
                    {d.attempts} {d.lastStatus ?? ''} {d.lastError ?? ''}
                  </td>
                  <td>
                    {d.status === 'failed' ? (
                      <button
                        type="button"
                        className="chip"
                        onClick={() => void post(`deliveries/${d.id}/redeliver`)}
                      >
                        {t('redeliver')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      <h2>{t('ledger')}</h2>
      <button
        type="button"
        onClick={() => void api('/exchange/v1/ledger/verify').then(setLedger).catch(setError)}
      >
        {t('verify')}
      </button>
      {ledger !== undefined ? <pre>{JSON.stringify(ledger, null, 2)}</pre> : null}
    </section>
  );
}
