// A sensor's recent history as an SVG chart: the min–max band per step, the average line and
// the alarm limit. Plain SVG, no chart library and nothing from the internet.
import { useEffect, useState } from 'react';
import { api } from '../api';
import { ErrorNote } from '../components';
import { useT } from '../i18n';

interface Bucket {
  at: string;
  min: number;
  max: number;
  avg: number;
}

const HOURS = 6;
const STEP_S = 300;

export function SensorChart({
  sensorId,
  threshold,
  unit,
}: {
  sensorId: string;
  threshold: number;
  unit: string;
}) {
  const { t } = useT();
  const [series, setSeries] = useState<{ buckets: Bucket[]; from: number; to: number }>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    const to = new Date();
    const from = new Date(to.getTime() - HOURS * 3_600_000);
    const q = new URLSearchParams({
      from: from.toISOString(),
      to: to.toISOString(),
      step: String(STEP_S),
    });
    api<{ buckets: Bucket[] }>(
      `/iot-ingest/v1/sensors/${encodeURIComponent(sensorId)}/readings?${q.toString()}`,
    )
      .then((s) => setSeries({ buckets: s.buckets, from: from.getTime(), to: to.getTime() }))
      .catch(setError);
  }, [sensorId]);
  if (error !== undefined) return <ErrorNote error={error} />;
  if (series === undefined) return <p className="muted">…</p>;
  const { buckets } = series;
  if (buckets.length === 0) return <p className="muted">{t('empty')}</p>;
  const w = 600;
  const h = 160;
  const times = buckets.map((b) => Date.parse(b.at));
  // The x axis is the whole window asked for, so "-6h" at its left edge is true even when
  // the sensor reported only for part of it.
  const t0 = series.from;
  const t1 = series.to;
  const lo = Math.min(threshold, ...buckets.map((b) => b.min));
  const hi = Math.max(threshold, ...buckets.map((b) => b.max));
  const span = hi - lo || 1;
  const x = (ms: number) => ((ms - t0) / (t1 - t0)) * (w - 40) + 36;
  const y = (v: number) => h - 16 - ((v - lo) / span) * (h - 28);
  const band =
    buckets.map((b, i) => `${x(times[i] ?? 0)},${y(b.max)}`).join(' ') +
    ' ' +
    [...buckets]
      .reverse()
      .map((b, i) => `${x(times[buckets.length - 1 - i] ?? 0)},${y(b.min)}`)
      .join(' ');
  const line = buckets.map((b, i) => `${x(times[i] ?? 0)},${y(b.avg)}`).join(' ');
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${w} ${h}`}
      role="img"
      aria-label={`${t('history')} ${sensorId}`}
    >
      <polygon points={band} className="chart-band" />
      <polyline points={line} className="chart-line" />
      <line x1="36" x2={w - 4} y1={y(threshold)} y2={y(threshold)} className="chart-limit" />
      <text x="2" y={y(threshold) - 3} className="chart-text">
        {threshold}
        {unit}
      </text>
      <text x="2" y={h - 2} className="chart-text">
        -{HOURS}h
      </text>
    </svg>
  );
}
