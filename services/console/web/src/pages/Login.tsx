import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../api';
import { useT } from '../i18n';
import type { SessionView } from '../session';

export function Login({ onLogin }: { onLogin: (s: SessionView) => void }) {
  const { t } = useT();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      onLogin(await api<SessionView>('/session', { method: 'POST', body: { username, password } }));
    } catch (err) {
      setError(err instanceof ApiError && err.status === 429 ? t('tooMany') : t('loginFailed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card narrow" onSubmit={(e) => void submit(e)}>
      <h1>{t('login')}</h1>
      <label>
        {t('username')}
        <input
          name="username"
          autoComplete="username"
          value={username}
          onChange={(e) => setUsername(e.target.value.trim())}
          required
        />
      </label>
      <label>
        {t('password')}
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
      </label>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" disabled={busy}>
        {t('login')}
      </button>
      <p className="muted">
        <a href="/report">{t('navPublicReport')}</a> · <a href="/track">{t('navPublicTrack')}</a>
      </p>
    </form>
  );
}
