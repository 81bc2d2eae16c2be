// One case: its facts, its timeline, and exactly the actions the user's role allows at its
// current stage (the same role table as complaints' routes; the service checks again).
import { useEffect, useState, type ReactNode } from 'react';
import { api, ApiError } from '../api';
import { DueBadge, ErrorNote, Timeline } from '../components';
import { formatDateTime, useT } from '../i18n';
import { regionName } from '../regions';
import { hasRole, type User } from '../session';
import { allowedActions, type Action } from '../actions';
import { runningDeadlines, soonDaysOf } from '../deadlines';
import type { ReportView } from './Queue';

export function CaseView({ id, user }: { id: string; user: User }) {
  const { t, lang } = useT();
  const [report, setReport] = useState<ReportView | undefined>();
  const [error, setError] = useState<unknown>();
  const [open, setOpen] = useState<Action | 'reveal' | undefined>();
  useEffect(() => {
    api<ReportView>(`/complaints/v1/reports/${encodeURIComponent(id)}`)
      .then(setReport)
      .catch(setError);
  }, [id]);
  const run = async (action: Action, body: unknown) => {
    try {
      setReport(
        await api<ReportView>(`/complaints/v1/reports/${id}/${action}`, { method: 'POST', body }),
      );
      setOpen(undefined);
      setError(undefined);
    } catch (err) {
      setError(err);
    }
  };
  if (report === undefined) return <ErrorNote error={error} />;
  const actions = allowedActions(user, report);
  return (
    <section className="case">
      <h1>
        {t(`scope.${report.category}`)} · {report.enterprise.name ?? report.enterprise.uscc ?? ''}
      </h1>
      <dl className="facts">
        <dt>{t('status')}</dt>
        <dd data-testid="case-status">{t(`status.${report.status}`)}</dd>
        <dt>{t('region')}</dt>
        <dd>
          {/* The intake writes "district township address": do not name the district twice. */}
          {report.location.address?.startsWith(regionName(report.location.region, 'zh'))
            ? report.location.address
            : `${regionName(report.location.region, lang)} ${report.location.address ?? ''}`}
        </dd>
        <dt>{t('receivedAt')}</dt>
        <dd>{formatDateTime(report.receivedAt, lang)}</dd>
        <dt>{t('due')}</dt>
        <dd className="deadlines">
          {runningDeadlines(report).length === 0 ? <DueBadge dueBy={undefined} /> : null}
          {runningDeadlines(report).map((d) => (
            <DueBadge
              key={d.kind}
              dueBy={d.dueBy}
              label={t(`deadline.${d.kind}`)}
              overdue={d.overdue}
              soonDays={soonDaysOf(d.kind)}
            />
          ))}
        </dd>
        {report.staffSummary ? (
          <>
            <dt>{t('staffSummary')}</dt>
            <dd>{report.staffSummary}</dd>
          </>
        ) : null}
      </dl>
      <div className="split">
        <div>
          <h2>{t('timeline')}</h2>
          <Timeline steps={report.timeline} />
        </div>
        <div>
          <h2>{t('actions')}</h2>
          {actions.length === 0 && !hasRole(user, 'custodian') ? (
            <p className="muted">{t('noActions')}</p>
          ) : null}
          <div className="chips">
            {actions.map((a) => (
              <button
                key={a}
                type="button"
                className={open === a ? 'chip on' : 'chip'}
                onClick={() => setOpen(a)}
              >
                {t(`action.${a}`)}
              </button>
            ))}
            {hasRole(user, 'custodian') ? (
              <button type="button" className="chip danger" onClick={() => setOpen('reveal')}>
                {t('action.reveal')}
              </button>
            ) : null}
          </div>
          <ErrorNote error={error} />
          {open === 'reveal' ? (
            <Reveal id={id} />
          ) : open ? (
            <ActionForm
              action={open}
              category={report.category}
              onSubmit={(body) => void run(open, body)}
            />
          ) : null}
        </div>
      </div>
    </section>
  );
}

function ActionForm({
  action,
  category,
  onSubmit,
}: {
  action: Action;
  category: string;
  onSubmit: (body: unknown) => void;
}) {
  const { t } = useT();
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const [c, setC] = useState('substantiated');
  const field = (
    label: string,
    value: string,
    set: (v: string) => void,
    long = false,
  ): ReactNode => (
    <label>
      {label}
      {long ? (
        <textarea value={value} onChange={(e) => set(e.target.value)} rows={3} />
      ) : (
        <input value={value} onChange={(e) => set(e.target.value)} />
      )}
    </label>
  );
  const bodies: Record<Action, () => unknown> = {
    triage: () => ({ category, summaryCode: a, ...(b ? { staffSummary: b } : {}) }),
    accept: () => ({}),
    decline: () => ({ reason: a || 'insufficient-information' }),
    assign: () => ({}),
    extension: () => ({ days: Number(a), reasonCode: 'complex-case', reason: b }),
    verification: () =>
      c === 'substantiated'
        ? { result: 'substantiated', severity: 'general', findings: b, alreadyKnown: false }
        : { result: 'unsubstantiated', reasonCode: 'no-violation-found', findings: b },
    feedback: () => ({}),
    close: () => ({}),
  };
  return (
    <form
      className="action"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(bodies[action]());
      }}
    >
      {action === 'triage' ? (
        <>
          {field(`${t('summaryCode')} (HC-012)`, a, setA)}
          {field(t('staffSummary'), b, setB, true)}
        </>
      ) : null}
      {action === 'decline' ? (
        <label>
          {t('reason')}
          <select value={a} onChange={(e) => setA(e.target.value)}>
            {['insufficient-information', 'out-of-scope', 'duplicate', 'transferred'].map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
      ) : null}
      {action === 'extension' ? (
        <>
          {field(t('days'), a, setA)}
          {field(t('reason'), b, setB, true)}
        </>
      ) : null}
      {action === 'verification' ? (
        <>
          <select value={c} onChange={(e) => setC(e.target.value)}>
            <option value="substantiated">{t('substantiated')}</option>
            <option value="unsubstantiated">{t('unsubstantiated')}</option>
          </select>
          {field(t('findings'), b, setB, true)}
        </>
      ) : null}
      <button type="submit">{t(`action.${action}`)}</button>
    </form>
  );
}

interface Revealed {
  identity: { reporter?: { name: string; phone?: string; employee: boolean }; description: string };
}
interface RevealAudit {
  id: number;
  revealedBy: string;
  reason: string;
  revealedAt: string;
}

/** The custodian's reveal: a reason is mandatory, and the audit trail is shown beside it. */
function Reveal({ id }: { id: string }) {
  const { t, lang } = useT();
  const [reason, setReason] = useState('');
  const [revealed, setRevealed] = useState<Revealed | undefined>();
  const [audit, setAudit] = useState<RevealAudit[]>([]);
  const [error, setError] = useState<unknown>();
  const loadAudit = () =>
    api<RevealAudit[]>(`/complaints/v1/reports/${id}/identity/reveals`)
      .then(setAudit)
      .catch(setError);
  useEffect(() => void loadAudit(), [id]);
  const reveal = async () => {
    try {
      setRevealed(
        await api<Revealed>(`/complaints/v1/reports/${id}/identity/reveal`, {
          method: 'POST',
          body: { reason },
        }),
      );
      await loadAudit();
    } catch (err) {
      setError(err instanceof ApiError ? err : String(err));
    }
  };
  return (
    <div className="reveal">
      <label>
        {t('revealReason')}
        <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} />
      </label>
      <button
        type="button"
        className="danger"
        disabled={reason.trim().length < 4}
        onClick={() => void reveal()}
      >
        {t('action.reveal')}
      </button>
      <ErrorNote error={error} />
      {revealed ? (
        <dl className="facts">
          <dt>{t('name')}</dt>
          <dd>{revealed.identity.reporter?.name ?? t('anonymous')}</dd>
          <dt>{t('phone')}</dt>
          <dd>{revealed.identity.reporter?.phone ?? '—'}</dd>
          <dt>{t('description')}</dt>
          <dd>{revealed.identity.description}</dd>
        </dl>
      ) : null}
      <h3>{t('auditTrail')}</h3>
      <ul>
        {audit.map((x) => (
          <li key={x.id}>
            {formatDateTime(x.revealedAt, lang)} · {x.revealedBy} · {x.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}
