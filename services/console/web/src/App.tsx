import { useCallback, useEffect, useState } from 'react';
import { api, setCsrfToken } from './api';
import { forgetEnterpriseNames } from './enterprise-names';
import { LangContext, localeOf, storedLang, translate, type Lang } from './i18n';
import { Alarms } from './pages/Alarms';
import { CaseView } from './pages/CaseView';
import { Deadlines } from './pages/Deadlines';
import { Intake } from './pages/Intake';
import { Login } from './pages/Login';
import { PublicReport } from './pages/PublicReport';
import { PublicTrack } from './pages/PublicTrack';
import { Queue } from './pages/Queue';
import { Subscriptions } from './pages/Subscriptions';
import { navigate, usePath } from './router';
import { screensFor, type SessionView, type User } from './session';

export function App() {
  const [lang, setLang] = useState<Lang>(storedLang);
  const path = usePath();
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const t = (key: string) => translate(lang, key);

  useEffect(() => {
    document.documentElement.lang = localeOf(lang);
    document.title = t('appName');
  });
  const isPublic = path === '/report' || path === '/track';
  useEffect(() => {
    if (isPublic) return;
    api<SessionView>('/session')
      .then((s) => {
        setCsrfToken(s.csrfToken);
        setUser(s.user);
      })
      .catch(() => setUser(null));
  }, [isPublic]);

  useEffect(() => {
    const expired = () => setUser(null);
    window.addEventListener('session-expired', expired);
    return () => window.removeEventListener('session-expired', expired);
  }, []);

  const onLogin = useCallback((s: SessionView) => {
    forgetEnterpriseNames();
    setCsrfToken(s.csrfToken);
    setUser(s.user);
    const first = screensFor(s.user)[0];
    navigate(first?.path ?? '/cases');
  }, []);
  const logout = async () => {
    await api('/session', { method: 'DELETE' }).catch(() => undefined);
    setUser(null);
    navigate('/login');
  };
  const switchLang = () => {
    const next = lang === 'zh' ? 'en' : 'zh';
    try {
      localStorage.setItem('lang', next);
    } catch {
      // private mode: the choice lasts for this page only
    }
    setLang(next);
  };

  const header = (
    <header className="top">
      <strong className="brand">{t('appName')}</strong>
      <nav>
        {isPublic
          ? (['/report', '/track'] as const).map((p) => (
              <a
                key={p}
                href={p}
                className={path === p ? 'active' : ''}
                onClick={(e) => {
                  e.preventDefault();
                  navigate(p);
                }}
              >
                {t(p === '/report' ? 'navPublicReport' : 'navPublicTrack')}
              </a>
            ))
          : user
            ? screensFor(user).map((s) => (
                <a
                  key={s.path}
                  href={s.path}
                  className={path.startsWith(s.path) ? 'active' : ''}
                  onClick={(e) => {
                    e.preventDefault();
                    navigate(s.path);
                  }}
                >
                  {t(s.label)}
                </a>
              ))
            : null}
      </nav>
      <span className="spacer" />
      {user ? <span className="who">{user.username}</span> : null}
      <button type="button" className="link" onClick={switchLang}>
        {t('language')}
      </button>
      {user ? (
        <button type="button" className="link" onClick={() => void logout()}>
          {t('logout')}
        </button>
      ) : null}
    </header>
  );

  let page;
  if (path === '/report') page = <PublicReport />;
  else if (path === '/track') page = <PublicTrack />;
  else if (user === undefined) page = <p className="muted">…</p>;
  else if (user === null) page = <Login onLogin={onLogin} />;
  else if (path === '/intake') page = <Intake user={user} />;
  else if (path === '/cases') page = <Queue />;
  else if (path.startsWith('/cases/')) page = <CaseView id={path.slice(7)} user={user} />;
  else if (path === '/alarms') page = <Alarms />;
  else if (path === '/deadlines') page = <Deadlines />;
  else if (path === '/subscriptions') page = <Subscriptions user={user} />;
  else {
    const first = screensFor(user)[0];
    page = first ? (
      <p>
        <a href={first.path}>{t(first.label)}</a>
      </p>
    ) : (
      <p>{t('noActions')}</p>
    );
  }

  return (
    <LangContext.Provider value={lang}>
      <div className={isPublic ? 'public' : 'staff'}>
        {header}
        <main>{page}</main>
      </div>
    </LangContext.Provider>
  );
}
