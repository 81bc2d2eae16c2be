// The 12350 operator's intake, laid out in the order of a call: what, where, who is reported,
// who is calling. The tracking code and key are read back before the call ends.
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { api, newIdempotencyKey } from '../api';
import { ErrorNote, ReadBack } from '../components';
import { formatDate, localeOf, useT } from '../i18n';
import { DISTRICTS } from '../regions';
import { SCOPES, today, type Scope } from '../scopes';
import type { User } from '../session';

interface Enterprise {
  uscc: string;
  name: string;
  region: string;
  township: string;
  address?: string;
}
interface Created {
  id: string;
  trackingCode: string;
  accessKey: string;
}
interface ReportSummary {
  id: string;
  status: string;
  receivedAt: string;
  enterprise: { uscc?: string; name?: string };
  staffSummary?: string;
}

const USCC = /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/i;

export function Intake({ user }: { user: User }) {
  const { t, lang } = useT();
  const [key, setKey] = useState(newIdempotencyKey);
  const [category, setCategory] = useState<Scope | ''>('');
  const [description, setDescription] = useState('');
  const [occurredOn, setOccurredOn] = useState(today());
  const [district, setDistrict] = useState('');
  const [township, setTownship] = useState('');
  const [address, setAddress] = useState('');
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<Enterprise[] | undefined>();
  const [lookupError, setLookupError] = useState(false);
  const [enterprise, setEnterprise] = useState<{ uscc?: string; name: string }>({ name: '' });
  const [anonymity, setAnonymity] = useState<'anonymous' | 'named' | ''>('');
  const [employee, setEmployee] = useState(false);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [duplicates, setDuplicates] = useState<ReportSummary[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [created, setCreated] = useState<Created | undefined>();
  const [confirmed, setConfirmed] = useState(false);

  const townships = useMemo(
    () => DISTRICTS.find((d) => d.code === district)?.townships ?? [],
    [district],
  );
  const districts = DISTRICTS.filter((d) =>
    user.regions.some((r) => d.code.startsWith(r.replace(/0+$/, ''))),
  );

  const lookup = async () => {
    const q = query.trim();
    if (q.length === 0) return;
    setLookupError(false);
    try {
      if (USCC.test(q)) {
        setMatches([
          await api<Enterprise>(`/exchange/v1/enterprises/${encodeURIComponent(q.toUpperCase())}`),
        ]);
      } else {
        const page = await api<{ items: Enterprise[] }>(
          `/exchange/v1/enterprises?limit=8&name=${encodeURIComponent(q)}`,
        );
        setMatches(page.items);
      }
    } catch {
      setMatches([]);
      setLookupError(true);
    }
    setEnterprise(USCC.test(q) ? { uscc: q.toUpperCase(), name: '' } : { name: q });
  };
  const pick = (e: Enterprise) => {
    setEnterprise({ uscc: e.uscc, name: e.name });
    if (DISTRICTS.some((d) => d.code === e.region)) setDistrict(e.region);
    setTownship(e.township);
    if (e.address) setAddress(e.address);
    setMatches(undefined);
  };

  // Possible duplicates while typing: recent cases of the same place and category that name
  // the same enterprise (complaints merges the same matter for rewards; the operator can
  // tell the caller it is already known).
  useEffect(() => {
    const who = (enterprise.uscc ?? enterprise.name).trim();
    if (district === '' || category === '' || who.length < 2) {
      setDuplicates([]);
      return;
    }
    const timer = setTimeout(() => {
      api<{ items: ReportSummary[] }>(
        `/complaints/v1/reports?limit=50&region=${district}&category=${category}`,
      )
        .then((page) =>
          setDuplicates(
            page.items.filter(
              (r) =>
                (enterprise.uscc !== undefined && r.enterprise.uscc === enterprise.uscc) ||
                (enterprise.name.length > 1 && (r.enterprise.name ?? '').includes(enterprise.name)),
            ),
          ),
        )
        .catch(() => setDuplicates([]));
    }, 400);
    return () => clearTimeout(timer);
  }, [district, category, enterprise]);

  const employeeBlocks = employee && anonymity === 'anonymous';
  const ready =
    category !== '' &&
    description.trim() !== '' &&
    district !== '' &&
    anonymity !== '' &&
    !employeeBlocks &&
    (enterprise.uscc !== undefined || enterprise.name.trim() !== '') &&
    (anonymity === 'anonymous' || name.trim() !== '');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    setBusy(true);
    setError(undefined);
    const place = [DISTRICTS.find((d) => d.code === district)?.zh, township, address]
      .filter(Boolean)
      .join(' ');
    try {
      const answer = await api<Created>('/complaints/v1/reports', {
        method: 'POST',
        headers: { 'idempotency-key': key },
        body: {
          channel: 'hotline',
          category,
          description: description.trim(),
          occurredOn,
          location: { region: district, ...(place ? { address: place.slice(0, 200) } : {}) },
          enterprise: {
            ...(enterprise.uscc ? { uscc: enterprise.uscc } : {}),
            ...(enterprise.name.trim() ? { name: enterprise.name.trim() } : {}),
          },
          employeeOfEnterprise: employee,
          ...(anonymity === 'named'
            ? { reporter: { name: name.trim(), ...(phone.trim() ? { phone: phone.trim() } : {}) } }
            : {}),
        },
      });
      setCreated(answer);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const nextCall = () => {
    setKey(newIdempotencyKey());
    setCategory('');
    setDescription('');
    setOccurredOn(today());
    setTownship('');
    setAddress('');
    setQuery('');
    setMatches(undefined);
    setEnterprise({ name: '' });
    setAnonymity('');
    setEmployee(false);
    setName('');
    setPhone('');
    setCreated(undefined);
    setConfirmed(false);
  };

  if (created !== undefined) {
    return (
      <section className="card">
        <h1>{t('readBack')}</h1>
        <ReadBack trackingCode={created.trackingCode} accessKey={created.accessKey} />
        <p className="warn">{t('keyOnce')}</p>
        <label className="check">
          <input
            type="checkbox"
            checked={confirmed}
            onChange={(e) => setConfirmed(e.target.checked)}
          />{' '}
          {t('readBackDone')}
        </label>
        <button type="button" onClick={nextCall} disabled={!confirmed}>
          {t('newCall')}
        </button>
      </section>
    );
  }

  return (
    <form className="intake" onSubmit={(e) => void submit(e)} aria-label={t('navIntake')}>
      <h1>{t('navIntake')}</h1>
      <fieldset>
        <legend>1 · {t('category')}</legend>
        <div className="chips" role="radiogroup" aria-label={t('category')}>
          {SCOPES.map((s) => (
            <label key={s} className={`chip ${category === s ? 'on' : ''}`}>
              <input
                type="radio"
                name="category"
                value={s}
                checked={category === s}
                onChange={() => setCategory(s)}
              />
              {t(`scope.${s}`)}
            </label>
          ))}
        </div>
        <label>
          {t('description')}
          <textarea
            name="description"
            rows={4}
            maxLength={5000}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            required
          />
        </label>
        <label className="short">
          {t('occurredOn')}
          {/* Chromium draws a date field in the locale of the element's own lang when it is
              created (with lang-aware form controls on), so it carries the session language
              and is re-created when that changes. */}
          <input
            key={lang}
            lang={localeOf(lang)}
            type="date"
            name="occurredOn"
            value={occurredOn}
            max={today()}
            onChange={(e) => setOccurredOn(e.target.value)}
          />
        </label>
      </fieldset>

      <fieldset>
        <legend>2 · {t('location')}</legend>
        <div className="row">
          <label>
            {t('district')}
            <select
              name="district"
              value={district}
              onChange={(e) => {
                setDistrict(e.target.value);
                setTownship('');
              }}
              required
            >
              <option value="">{t('choose')}</option>
              {districts.map((d) => (
                <option key={d.code} value={d.code}>
                  {d[lang]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('township')}
            <select name="township" value={township} onChange={(e) => setTownship(e.target.value)}>
              <option value="">{t('choose')}</option>
              {townships.map((x) => (
                <option key={x.zh} value={x.zh}>
                  {x[lang]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label>
          {t('address')}
          <input
            name="address"
            maxLength={120}
            value={address}
            onChange={(e) => setAddress(e.target.value)}
          />
        </label>
      </fieldset>

      <fieldset>
        <legend>3 · {t('enterprise')}</legend>
        <div className="row">
          <input
            name="enterpriseQuery"
            aria-label={t('enterpriseSearch')}
            placeholder={t('enterpriseSearch')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void lookup();
              }
            }}
          />
          <button type="button" onClick={() => void lookup()}>
            {t('lookup')}
          </button>
        </div>
        {matches !== undefined ? (
          matches.length === 0 ? (
            <p className="muted">{lookupError ? t('directoryDown') : t('noMatch')}</p>
          ) : (
            <ul className="matches">
              {matches.map((m) => (
                <li key={m.uscc}>
                  <button type="button" className="link" onClick={() => pick(m)}>
                    {m.name} · {m.uscc} · {m.township}
                  </button>
                </li>
              ))}
            </ul>
          )
        ) : null}
        <div className="row">
          <label>
            {t('enterpriseName')}
            <input
              name="enterpriseName"
              maxLength={100}
              value={enterprise.name}
              onChange={(e) => setEnterprise({ ...enterprise, name: e.target.value })}
            />
          </label>
          <label>
            {t('uscc')}
            <input name="uscc" value={enterprise.uscc ?? ''} readOnly placeholder="—" />
          </label>
        </div>
        {duplicates.length > 0 ? (
          <div className="duplicates" role="status">
            <strong>{t('duplicates')}</strong>
            <ul>
              {duplicates.slice(0, 5).map((d) => (
                <li key={d.id}>
                  <a href={`/cases/${d.id}`} target="_blank" rel="noreferrer">
                    {formatDate(d.receivedAt, lang)} · {t(`status.${d.status}`)} ·{' '}
                    {d.staffSummary ?? d.enterprise.name ?? ''}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </fieldset>

      <fieldset>
        <legend>4 · {t('reporter')}</legend>
        <p className="muted">{t('chooseAnonymity')}</p>
        <div className="chips" role="radiogroup" aria-label={t('reporter')}>
          <label className={`chip ${anonymity === 'anonymous' ? 'on' : ''}`}>
            <input
              type="radio"
              name="anonymity"
              value="anonymous"
              checked={anonymity === 'anonymous'}
              onChange={() => setAnonymity('anonymous')}
            />
            {t('anonymous')}
          </label>
          <label className={`chip ${anonymity === 'named' ? 'on' : ''}`}>
            <input
              type="radio"
              name="anonymity"
              value="named"
              checked={anonymity === 'named'}
              onChange={() => setAnonymity('named')}
            />
            {t('realName')}
          </label>
        </div>
        <label className="check">
          <input
            type="checkbox"
            name="employee"
            checked={employee}
            onChange={(e) => setEmployee(e.target.checked)}
          />{' '}
          {t('employee')}
        </label>
        {employee ? (
          <p className={employeeBlocks ? 'error' : 'muted'}>{t('employeeRule')}</p>
        ) : null}
        {anonymity === 'named' ? (
          <div className="row">
            <label>
              {t('name')}
              <input
                name="reporterName"
                maxLength={50}
                value={name}
                onChange={(e) => setName(e.target.value)}
                required
              />
            </label>
            <label>
              {t('phone')}
              <input
                name="reporterPhone"
                type="tel"
                maxLength={20}
                value={phone}
                onChange={(e) => setPhone(e.target.value)}
              />
            </label>
          </div>
        ) : null}
      </fieldset>

      <ErrorNote error={error} />
      <button type="submit" className="primary" disabled={!ready || busy}>
        {busy ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
