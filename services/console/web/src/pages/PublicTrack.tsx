// The public tracking page (phone first): tracking code + access key → status and timeline.
import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../api';
import { soonDaysOf } from '../deadlines';
import { DueBadge, ErrorNote, Timeline } from '../components';
import { useT } from '../i18n';

interface Tracking {
  trackingCode: string;
  status: string;
  receivedAt: string;
  timeline: { status: string; at: string }[];
  dueDates: {
    verification?: string;
    feedback?: string;
    rewardClaim?: string;
    /** The local limits (reply within 5 working days, conclude within 30 days). */
    reply?: string;
    conclusion?: string;
  };
  reward: { status: string; amountFen?: number };
}

export function PublicTrack() {
  const { t } = useT();
  const [code, setCode] = useState('');
  const [key, setKey] = useState('');
  const [result, setResult] = useState<Tracking | undefined>();
  const [error, setError] = useState<unknown>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    setResult(undefined);
    try {
      setResult(
        await api<Tracking>(`/public/track/${encodeURIComponent(code.trim())}`, {
          headers: { 'x-access-key': key.replace(/\s+/g, '') },
        }),
      );
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section className="card">
      <h1>{t('trackTitle')}</h1>
      <form onSubmit={(e) => void submit(e)}>
        <label>
          {t('trackingCode')}
          <input
            name="trackingCode"
            autoCapitalize="characters"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            pattern="[A-Za-z0-9-]{1,32}"
            required
          />
        </label>
        <label>
          {t('accessKey')}
          <input
            name="accessKey"
            autoComplete="off"
            value={key}
            onChange={(e) => setKey(e.target.value)}
            required
          />
        </label>
        <button type="submit" className="primary">
          {t('track')}
        </button>
      </form>
      {error instanceof ApiError && error.status === 404 ? (
        <p className="error" role="alert">
          {t('trackNotFound')}
        </p>
      ) : (
        <ErrorNote error={error} />
      )}
      {result ? (
        <div className="tracked">
          <p>
            {t('status')}:{' '}
            <strong data-testid="track-status">{t(`status.${result.status}`)}</strong>
          </p>
          {(
            [
              ['verification', result.dueDates.verification],
              ['reply', result.dueDates.reply],
              ['conclusion', result.dueDates.conclusion],
              ['feedback', result.dueDates.feedback],
              ['reward-claim', result.dueDates.rewardClaim],
            ] as const
          ).map(([kind, dueBy]) =>
            dueBy ? (
              <p key={kind}>
                {t(`deadline.${kind}`)}: <DueBadge dueBy={dueBy} soonDays={soonDaysOf(kind)} />
              </p>
            ) : null,
          )}
          <Timeline steps={result.timeline} />
        </div>
      ) : null}
    </section>
  );
}
