import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Dialog } from '@/components/Dialog';
import { ErrorAlert, QueryState } from '@/components/ErrorAlert';
import { Field } from '@/components/Field';
import { isApiError } from '@/lib/api/problem';
import { useSession } from '@/lib/auth/session';
import { useRegions } from '@/lib/reference/reference';
import { counted, formatDateTime, formatNumber, localized } from '@/lib/i18n/format';
import type { Shortlist, ShortlistRegion, ShortlistRow } from '@/lib/api/types';
import { useShortlist } from '../api/get-shortlist';
import { useDecideShortlistEntry } from '../api/decide-shortlist-entry';
import { useConfirmShortlist } from '../api/confirm-shortlist';
import { RoundStatusBadge } from './RoundStatusBadge';

type Ctx = { editionId: number; position: number };

function useRegionName() {
  const { i18n } = useTranslation();
  const regions = useRegions();
  return (code?: string) => {
    if (!code) return '';
    const region = regions.data?.find((r) => r.code === code);
    return region ? localized(region.name, i18n.language) : code;
  };
}

/**
 * One project's decision: a switch ("advances"), and a reason when it differs from the proposal, sent
 * with the row's version; a refusal because someone changed the row first reloads the list.
 */
function Decision({ ctx, row, locked }: { ctx: Ctx; row: ShortlistRow; locked: boolean }) {
  const { t } = useTranslation();
  const decide = useDecideShortlistEntry();
  const [advances, setAdvances] = useState(row.advances);
  const [reason, setReason] = useState(row.reason ?? '');
  const [missing, setMissing] = useState(false);
  const differs = advances !== row.proposed;
  const dirty = advances !== row.advances || (differs && reason.trim() !== (row.reason ?? ''));
  const send = (value: boolean, why?: string) =>
    decide.mutate({ ...ctx, submissionId: row.submissionId, body: { advances: value, version: row.version, ...(why ? { reason: why } : {}) } });
  const toggle = (value: boolean) => {
    decide.reset();
    setMissing(false);
    setAdvances(value);
    // Back to the proposal: nothing to justify, the adjustment is cleared at once.
    if (value === row.proposed && value !== row.advances) send(value);
  };
  const save = (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim().length < 3) {
      setMissing(true);
      return;
    }
    send(advances, reason.trim());
  };
  const stale = isApiError(decide.error) && decide.error.status === 409;
  return (
    <form onSubmit={save} className="shortlist-decision">
      <div className="checks">
        <input id={`advances-${row.submissionId}`} type="checkbox" role="switch" checked={advances} disabled={locked || decide.isPending}
          onChange={(e) => toggle(e.target.checked)} aria-describedby={`proposal-${row.submissionId}`} />
        <label htmlFor={`advances-${row.submissionId}`}>{t('rounds.shortlist.advancesFor', { title: row.title })}</label>
      </div>
      {differs && !locked && (
        <>
          <Field label={t('rounds.shortlist.reasonFor', { title: row.title })} name="reason" error={decide.error} hint={t('rounds.shortlist.reasonHint')}>
            {(p) => <textarea {...p} rows={2} value={reason} maxLength={1000} aria-required="true"
              onChange={(e) => { setReason(e.target.value); setMissing(false); }} />}
          </Field>
          {missing && <p role="alert" className="field-error">{t('rounds.shortlist.reasonMissing')}</p>}
          {dirty && <button type="submit" className="small" disabled={decide.isPending}>{t('rounds.shortlist.saveDecision')}</button>}
        </>
      )}
      {differs && locked && row.reason && <p className="hint">{t('rounds.shortlist.reason', { reason: row.reason })}</p>}
      {stale ? <p role="alert" className="alert alert-error">{t('rounds.shortlist.stale')}</p> : <ErrorAlert error={decide.error} />}
    </form>
  );
}

function ConfirmDialog({ ctx, shortlist, region, regionName, onClose }: {
  ctx: Ctx; shortlist: Shortlist; region: ShortlistRegion; regionName: string; onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const confirm = useConfirmShortlist();
  // Every region counts, also those a coordinator does not see.
  const others = Math.max(0, shortlist.unconfirmedRegions - (region.confirmed ? 0 : 1));
  const title = region.regionCode ? t('rounds.shortlist.confirmRegionTitle', { region: regionName }) : t('rounds.shortlist.confirmTitle');
  return (
    <Dialog title={title} onClose={onClose}>
      <p>{t('rounds.shortlist.confirmCounts', {
        advancing: t('rounds.shortlist.advancing', counted(region.advancing, i18n.language)),
        kept: t('rounds.shortlist.stopping', counted(region.entries - region.advancing, i18n.language)),
        adjusted: t('rounds.shortlist.adjusted', counted(region.adjusted, i18n.language)),
      })}</p>
      <p>{t('rounds.shortlist.confirmMail')}</p>
      <p>{shortlist.nextRound
        ? (others > 0
          ? t('rounds.shortlist.confirmNextLater', { next: shortlist.nextRound.name, ...counted(others, i18n.language) })
          : t('rounds.shortlist.confirmNextNow', { next: shortlist.nextRound.name }))
        : t('rounds.shortlist.confirmNoNext')}</p>
      <p className="alert alert-warning">{t('rounds.shortlist.confirmFinal')}</p>
      <ErrorAlert error={confirm.error} />
      <div className="button-row">
        <button type="button" disabled={confirm.isPending}
          onClick={() => confirm.mutate({ ...ctx, body: region.regionCode ? { region: region.regionCode } : {} }, { onSuccess: onClose })}>
          {t('rounds.shortlist.confirmButton')}
        </button>
        <button type="button" className="secondary" onClick={onClose}>{t('lifecycle.cancel')}</button>
      </div>
    </Dialog>
  );
}

function Regions({ ctx, shortlist }: { ctx: Ctx; shortlist: Shortlist }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const regionName = useRegionName();
  const [confirming, setConfirming] = useState<ShortlistRegion | null>(null);
  const n = (v: number) => formatNumber(v, lang);
  const national = shortlist.round.scope === 'NATIONAL';
  return (
    <>
      <div className="table-wrap" tabIndex={0}>
        <table>
          <caption>{t('rounds.shortlist.summary')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fields.regionCode')}</th><th scope="col">{t('rounds.shortlist.entries')}</th>
              <th scope="col">{t('rounds.shortlist.proposed')}</th><th scope="col">{t('rounds.shortlist.advancing')}</th>
              <th scope="col">{t('rounds.shortlist.adjusted')}</th><th scope="col">{t('rounds.shortlist.confirmed')}</th>
            </tr>
          </thead>
          <tbody>
            {shortlist.regions.map((r) => {
              const name = r.regionCode ? regionName(r.regionCode) : t('rounds.shortlist.national');
              return (
                <tr key={r.regionCode ?? 'national'}>
                  <th scope="row">{name}</th>
                  <td>{n(r.entries)}</td><td>{n(r.proposed)}</td><td>{n(r.advancing)}</td><td>{n(r.adjusted)}</td>
                  <td>
                    {r.confirmed ? t('rounds.shortlist.confirmedAt', { date: formatDateTime(r.confirmedAt, lang) }) : (
                      <button type="button" className="small" onClick={() => setConfirming(r)}
                        aria-label={national || !r.regionCode ? t('rounds.shortlist.confirm') : t('rounds.shortlist.confirmRegionFor', { region: name })}>
                        {national || !r.regionCode ? t('rounds.shortlist.confirm') : t('rounds.shortlist.confirmRegion')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {confirming && (
        <ConfirmDialog ctx={ctx} shortlist={shortlist} region={confirming} regionName={regionName(confirming.regionCode)} onClose={() => setConfirming(null)} />
      )}
    </>
  );
}

function Rows({ ctx, shortlist }: { ctx: Ctx; shortlist: Shortlist }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const regionName = useRegionName();
  const regional = shortlist.round.scope === 'REGIONAL';
  // A national round is confirmed whole (its one region has no code).
  const confirmed = new Set(shortlist.regions.filter((r) => r.confirmed).map((r) => r.regionCode ?? ''));
  const regionOf = (row: ShortlistRow) => (regional ? row.regionCode ?? '' : '');
  const yes = (v: boolean) => t(v ? 'rounds.yes' : 'rounds.no');
  return (
    <div className="table-wrap" tabIndex={0}>
      <table>
        <caption>{t(regional ? 'rounds.shortlist.captionRegional' : 'rounds.shortlist.caption', counted(shortlist.advanceCount, lang))}</caption>
        <thead>
          <tr>
            <th scope="col">{t(regional ? 'rounds.shortlist.regionRank' : 'ranking.rank')}</th><th scope="col">{t('fields.title')}</th>
            {regional && <th scope="col">{t('fields.regionCode')}</th>}
            <th scope="col">{t('ranking.author')}</th><th scope="col">{t('ranking.raw')}</th><th scope="col">{t('ranking.normalized')}</th>
            <th scope="col">{t('ranking.evaluations')}</th><th scope="col">{t('rounds.shortlist.proposal')}</th>
            <th scope="col">{t('rounds.shortlist.decision')}</th><th scope="col">{t('rounds.shortlist.outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {shortlist.rows.map((row) => {
            const locked = row.outcome !== 'IN' || confirmed.has(regionOf(row)) || shortlist.round.status !== 'CLOSED';
            return (
              <tr key={row.submissionId} className={row.adjusted ? 'flagged' : undefined}>
                <td>{formatNumber(regional ? row.regionRank : row.rank, lang)}</td>
                <th scope="row">{row.title}{row.disagreement && <strong className="flag"> ⚑ {t('ranking.disagreement')}</strong>}</th>
                {regional && <td>{regionName(row.regionCode)}</td>}
                <td>{row.authorName ?? '—'}{row.schoolName && <><br /><span className="muted">{row.schoolName}</span></>}</td>
                <td>{formatNumber(row.rawScore, lang, 1)}</td>
                <td>{formatNumber(row.normalizedScore, lang, 1)}</td>
                <td>{formatNumber(row.evaluations, lang)}</td>
                <td id={`proposal-${row.submissionId}`}>{t('rounds.shortlist.proposedValue', { value: yes(row.proposed) })}</td>
                <td><Decision key={`${row.submissionId}-${row.version}`} ctx={ctx} row={row} locked={locked} /></td>
                <td>{t(`rounds.outcome.${row.outcome}`)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The shortlist of a closed round: its projects in ranking order with the proposal from the quotas and
 * the decision, per-region totals and confirmation. A coordinator works on its own region only.
 */
export function ShortlistPage() {
  const { t, i18n } = useTranslation();
  const params = useParams();
  const editionId = Number(params.editionId);
  const position = Number(params.position);
  const session = useSession();
  const regionName = useRegionName();
  const coordinatorRegion = (session?.account.role as string) === 'COORDINATOR' ? session?.account.regionCode : undefined;
  const [filter, setFilter] = useState('');
  const region = coordinatorRegion ?? (filter || undefined);
  const shortlist = useShortlist(editionId, position, region);
  // The admin's summary and region choice cover every region, whichever region the table shows.
  const overall = useShortlist(editionId, position, undefined, !coordinatorRegion);
  const ctx = { editionId, position };
  return (
    <>
      <p>
        {coordinatorRegion
          ? <Link to="/coordinator">{t('rounds.shortlist.backCoordinator')}</Link>
          : <Link to={`/admin/editions/${editionId}/rounds`}>{t('rounds.shortlist.back')}</Link>}
      </p>
      <QueryState query={shortlist}>
        {() => {
          const s = shortlist.data!;
          // The API answers a coordinator with its region only; the screen offers nothing else either way.
          const mine = coordinatorRegion ? {
            ...s, regions: s.regions.filter((r) => r.regionCode === coordinatorRegion), rows: s.rows.filter((r) => r.regionCode === coordinatorRegion),
          } : s;
          const summary = coordinatorRegion || !overall.data ? mine : overall.data;
          return (
            <>
              <h1>{t('rounds.shortlist.title', { name: s.round.name })} <RoundStatusBadge status={s.round.status} /></h1>
              {coordinatorRegion && <p>{t('rounds.shortlist.coordinatorOf', { region: regionName(coordinatorRegion) })}</p>}
              <p className="hint">{t(s.round.scope === 'REGIONAL' ? 'rounds.shortlist.helpRegional' : 'rounds.shortlist.help',
                counted(s.advanceCount, i18n.language))}</p>
              <Regions ctx={ctx} shortlist={summary} />
              {s.round.scope === 'REGIONAL' && !coordinatorRegion && (
                <div className="card inline-form">
                  <label htmlFor="shortlist-region">{t('rounds.shortlist.regionFilter')}</label>
                  <select id="shortlist-region" value={filter} onChange={(e) => setFilter(e.target.value)}>
                    <option value="">{t('rounds.shortlist.national')}</option>
                    {summary.regions.filter((r) => r.regionCode).map((r) => <option key={r.regionCode} value={r.regionCode}>{regionName(r.regionCode)}</option>)}
                  </select>
                </div>
              )}
              <Rows ctx={ctx} shortlist={mine} />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
