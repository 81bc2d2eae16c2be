// The alarm board: open alarms pushed by the console (SSE), acknowledge and dispose with a
// cause, each enterprise by name; below, the offline sensors. When iot-ingest is unreachable
// the board says so instead of showing stale calm.
import { useEffect, useState } from 'react';
import { api } from '../api';
import { ErrorNote } from '../components';
import { useEnterpriseNames } from '../enterprise-names';
import { formatTime, useT } from '../i18n';
import { regionName } from '../regions';
import { OfflineSensors } from './OfflineSensors';
import { SensorChart } from './SensorChart';

interface Alarm {
  id: string;
  sensorId: string;
  uscc: string;
  region: string;
  kind: string;
  unit: string;
  level: string;
  value: number;
  threshold: number;
  warning: 'red' | 'orange' | 'yellow' | 'blue';
  status: 'raised' | 'acknowledged' | 'disposed' | 'closed';
  raisedAt: string;
  acknowledgedBy: string | null;
}

const DISPOSITIONS = ['real', 'false', 'maintenance', 'sensor-fault'] as const;

export function Alarms() {
  const { t, lang } = useT();
  const [alarms, setAlarms] = useState<Alarm[]>([]);
  const [state, setState] = useState<'connecting' | 'up' | 'down'>('connecting');
  const [error, setError] = useState<unknown>();
  const [chart, setChart] = useState<string | undefined>();
  const nameOf = useEnterpriseNames(alarms.map((a) => a.uscc));
  useEffect(() => {
    const source = new EventSource('/api/alarms/stream');
    source.addEventListener('alarms', (e) =>
      setAlarms((JSON.parse((e as MessageEvent<string>).data) as { items: Alarm[] }).items),
    );
    source.addEventListener('upstream', (e) =>
      setState((JSON.parse((e as MessageEvent<string>).data) as { state: 'up' | 'down' }).state),
    );
    source.onerror = () => setState('down');
    return () => source.close();
  }, []);
  const act = async (alarm: Alarm, path: string, body: unknown) => {
    try {
      const updated = await api<Alarm>(
        `/iot-ingest/v1/alarms/${encodeURIComponent(alarm.id)}/${path}`,
        { method: 'POST', body },
      );
      setAlarms((list) => list.map((a) => (a.id === alarm.id ? { ...a, ...updated } : a)));
      setError(undefined);
    } catch (err) {
      setError(err);
    }
  };
  const sorted = [...alarms].sort((a, b) =>
    a.status === b.status ? b.raisedAt.localeCompare(a.raisedAt) : a.status === 'raised' ? -1 : 1,
  );
  return (
    <section>
      <h1>
        {t('navAlarms')}{' '}
        <span className={`live ${state}`}>{state === 'up' ? t('alarmsLive') : '…'}</span>
      </h1>
      {state === 'down' ? (
        <p className="error" role="alert">
          {t('alarmsDown')}
        </p>
      ) : null}
      <ErrorNote error={error} />
      {sorted.length === 0 && state === 'up' ? <p className="muted">{t('noAlarms')}</p> : null}
      <ul className="alarms">
        {sorted.map((a) => (
          <li key={a.id} className={`alarm ${a.warning} ${a.status}`} data-testid={`alarm-${a.id}`}>
            <div>
              <strong>
                {t(`kind.${a.kind}`)} · {t(`level.${a.level}`)}
              </strong>{' '}
              <span className="muted">
                {a.sensorId} · <span title={a.uscc}>{nameOf(a.uscc)}</span> ·{' '}
                {regionName(a.region, lang)}
              </span>
            </div>
            <div>
              {t('value')} {a.value} {t(`unit.${a.unit}`)} / {t('threshold')} {a.threshold}{' '}
              {t(`unit.${a.unit}`)} · {formatTime(a.raisedAt, lang)}
            </div>
            <div className="alarm-actions">
              <span data-testid="alarm-status">{t(`alarm.${a.status}`)}</span>
              {a.status === 'raised' ? (
                <button type="button" onClick={() => void act(a, 'acknowledge', {})}>
                  {t('acknowledge')}
                </button>
              ) : null}
              {a.status === 'acknowledged'
                ? DISPOSITIONS.map((d) => (
                    <button
                      key={d}
                      type="button"
                      className="chip"
                      onClick={() => void act(a, 'dispose', { disposition: d })}
                    >
                      {t('dispose')}: {t(`disposition.${d}`)}
                    </button>
                  ))
                : null}
              <button
                type="button"
                className="link"
                onClick={() => setChart(chart === a.id ? undefined : a.id)}
              >
                {t('history')}
              </button>
            </div>
            {chart === a.id ? (
              <SensorChart
                sensorId={a.sensorId}
                threshold={a.threshold}
                unit={t(`unit.${a.unit}`)}
              />
            ) : null}
          </li>
        ))}
      </ul>
      <OfflineSensors />
    </section>
  );
}
