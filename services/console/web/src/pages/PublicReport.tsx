// The public report page (phone first): what, where, which enterprise, anonymous or named.
import { useState, type FormEvent } from 'react';
import { api, newIdempotencyKey } from '../api';
import { ErrorNote, ReadBack } from '../components';
import { useT } from '../i18n';
import { DISTRICTS } from '../regions';
import { SCOPES, type Scope } from '../scopes';

export function PublicReport() {
  const { t, lang } = useT();
  const [key] = useState(newIdempotencyKey);
  const [category, setCategory] = useState<Scope | ''>('');
  const [description, setDescription] = useState('');
  const [district, setDistrict] = useState('');
  const [address, setAddress] = useState('');
  const [enterprise, setEnterprise] = useState('');
  const [anonymity, setAnonymity] = useState<'anonymous' | 'named' | ''>('');
  const [employee, setEmployee] = useState(false);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [error, setError] = useState<unknown>();
  const [created, setCreated] = useState<{ trackingCode: string; accessKey: string } | undefined>();
  const blocked = employee && anonymity === 'anonymous';
  const ready =
    category !== '' &&
    description.trim() &&
    district &&
    enterprise.trim() &&
    anonymity &&
    !blocked &&
    (anonymity === 'anonymous' || name.trim());
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    try {
      setCreated(
        await api('/public/reports', {
          method: 'POST',
          headers: { 'idempotency-key': key },
          body: {
            channel: 'web',
            category,
            description: description.trim(),
            location: { region: district, ...(address.trim() ? { address: address.trim() } : {}) },
            enterprise: { name: enterprise.trim() },
            employeeOfEnterprise: employee,
            ...(anonymity === 'named'
              ? {
                  reporter: { name: name.trim(), ...(phone.trim() ? { phone: phone.trim() } : {}) },
                }
              : {}),
          },
        }),
      );
    } catch (err) {
      setError(err);
    }
  };
  if (created) {
    return (
      <section className="card">
        <h1>{t('reportDone')}</h1>
        <ReadBack {...created} />
        <p className="warn">{t('keyOnce')}</p>
        <a href="/track">{t('navPublicTrack')}</a>
      </section>
    );
  }
  return (
    <form className="card" onSubmit={(e) => void submit(e)}>
      <h1>{t('reportTitle')}</h1>
      <label>
        {t('category')}
        <select value={category} onChange={(e) => setCategory(e.target.value as Scope)} required>
          <option value="">{t('choose')}</option>
          {SCOPES.map((s) => (
            <option key={s} value={s}>
              {t(`scope.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('descriptionPublic')}
        <textarea
          rows={5}
          maxLength={5000}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          required
        />
      </label>
      <label>
        {t('district')}
        <select value={district} onChange={(e) => setDistrict(e.target.value)} required>
          <option value="">{t('choose')}</option>
          {DISTRICTS.map((d) => (
            <option key={d.code} value={d.code}>
              {d[lang]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('address')}
        <input maxLength={200} value={address} onChange={(e) => setAddress(e.target.value)} />
      </label>
      <label>
        {t('enterpriseName')}
        <input
          maxLength={100}
          value={enterprise}
          onChange={(e) => setEnterprise(e.target.value)}
          required
        />
      </label>
      <fieldset>
        <legend>{t('reporter')}</legend>
        <label className="check">
          <input
            type="radio"
            name="anonymity"
            checked={anonymity === 'anonymous'}
            onChange={() => setAnonymity('anonymous')}
          />{' '}
          {t('anonymous')}
        </label>
        <label className="check">
          <input
            type="radio"
            name="anonymity"
            checked={anonymity === 'named'}
            onChange={() => setAnonymity('named')}
          />{' '}
          {t('realName')}
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={employee}
            onChange={(e) => setEmployee(e.target.checked)}
          />{' '}
          {t('employee')}
        </label>
        {employee ? <p className={blocked ? 'error' : 'muted'}>{t('employeeRule')}</p> : null}
        {anonymity === 'named' ? (
          <>
            <label>
              {t('name')}
              <input
                maxLength={50}
                value={name}
                onChange={(e) => setName(e.target.value)}
                required
              />
            </label>
            <label>
              {t('phone')}
              <input
                type="tel"
                maxLength={20}
                value={phone}
                onChange={(e) => setPhone(e.target.value)}
              />
            </label>
          </>
        ) : null}
      </fieldset>
      <ErrorNote error={error} />
      <button type="submit" className="primary" disabled={!ready}>
        {t('submit')}
      </button>
    </form>
  );
}
