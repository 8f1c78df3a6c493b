import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, QueryState } from '@/components/ErrorAlert';
import { formatNumber } from '@/lib/i18n/format';
import type { Award, AwardKind, AwardProposal } from '@/lib/api/types';
import { useAwards } from '../api/list-awards';
import { useProposeAwards } from '../api/propose-awards';
import { useUpdateAward } from '../api/update-award';
import { useDeleteAward } from '../api/delete-award';
import { usePublishResults } from '../api/publish-results';
import { useReissueCertificate } from '../api/reissue-certificate';
import { Field } from '@/components/Field';

const KINDS: AwardKind[] = ['WINNER', 'LAUREATE', 'SPECIAL_MENTION'];

function AwardRow({ award, editionId, editable, published }: { award: Award; editionId: number; editable: boolean; published: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateAward(editionId);
  const remove = useDeleteAward(editionId);
  const [kind, setKind] = useState(award.kind);
  const [rank, setRank] = useState(String(award.rank));
  const [citation, setCitation] = useState(award.citation ?? '');
  const changed = kind !== award.kind || Number(rank) !== award.rank || citation !== (award.citation ?? '');
  const id = `award-${award.id}`;
  return (
    <tr>
      <th scope="row">{award.title}<br /><span className="muted small">{award.authorName}</span></th>
      <td>
        <label className="sr-only" htmlFor={`${id}-kind`}>{t('awards.kind')}</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as AwardKind)} disabled={!editable}>
          {KINDS.map((k) => <option key={k} value={k}>{t(`status.award.${k}`)}</option>)}
        </select>
      </td>
      <td>
        <label className="sr-only" htmlFor={`${id}-rank`}>{t('ranking.rank')}</label>
        <input id={`${id}-rank`} type="number" min={1} className="narrow-input" value={rank} onChange={(e) => setRank(e.target.value)} disabled={!editable} />
      </td>
      <td>
        <label className="sr-only" htmlFor={`${id}-citation`}>{t('awards.citation')}</label>
        <textarea id={`${id}-citation`} rows={2} value={citation} onChange={(e) => setCitation(e.target.value)} disabled={!editable} maxLength={2000} />
        <ErrorAlert error={update.error ?? remove.error} />
      </td>
      <td>
        {editable && (
          <div className="button-row">
            <button type="button" className="small" disabled={!changed || update.isPending}
              onClick={() => update.mutate({ id: award.id, kind, rank: Number(rank), citation, version: award.version })}>{t('common.save')}</button>
            <button type="button" className="danger small" disabled={remove.isPending} onClick={() => remove.mutate(award.id)}
              aria-label={t('awards.removeFor', { title: award.title })}>{t('common.remove')}</button>
          </div>
        )}
        {published && <ReissueCertificate award={award} />}
      </td>
    </tr>
  );
}

/** After publication: correct a certificate (the old code is revoked, a new one issued). */
function ReissueCertificate({ award }: { award: Award }) {
  const { t } = useTranslation();
  const reissue = useReissueCertificate();
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [schoolName, setSchoolName] = useState('');
  const [projectTitle, setProjectTitle] = useState('');
  const [reason, setReason] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    reissue.mutate({ submissionId: award.submissionId, correction: { firstName, lastName, schoolName, projectTitle, reason } });
  };
  return (
    <details>
      <summary aria-label={t('awards.reissueFor', { title: award.title })}>{t('awards.reissue')}</summary>
      <form onSubmit={submit}>
        <p className="hint">{t('awards.reissueHelp')}</p>
        <Field label={t('fields.firstName')} name="firstName" error={reissue.error}>
          {(p) => <input {...p} value={firstName} onChange={(e) => setFirstName(e.target.value)} maxLength={100} />}
        </Field>
        <Field label={t('fields.lastName')} name="lastName" error={reissue.error}>
          {(p) => <input {...p} value={lastName} onChange={(e) => setLastName(e.target.value)} maxLength={100} />}
        </Field>
        <Field label={t('fields.schoolName')} name="schoolName" error={reissue.error}>
          {(p) => <input {...p} value={schoolName} onChange={(e) => setSchoolName(e.target.value)} maxLength={200} />}
        </Field>
        <Field label={t('fields.title')} name="projectTitle" error={reissue.error}>
          {(p) => <input {...p} value={projectTitle} onChange={(e) => setProjectTitle(e.target.value)} maxLength={200} />}
        </Field>
        <Field label={t('awards.reason')} name="reason" error={reissue.error}>
          {(p) => <textarea {...p} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} required />}
        </Field>
        <button type="submit" className="small" disabled={reissue.isPending || !reason.trim()}>{t('awards.reissueSubmit')}</button>
        <ErrorAlert error={reissue.error} />
        {reissue.data && (
          <p role="status" className="alert alert-success">
            {t('awards.reissued', { code: reissue.data.certificate.code, old: reissue.data.revokedCode })}
          </p>
        )}
      </form>
    </details>
  );
}

function Coverage({ proposal }: { proposal: AwardProposal }) {
  const { t, i18n } = useTranslation();
  return (
    <p role="status" className="alert alert-success">
      {t('awards.coverage', { regions: formatNumber(proposal.regionsCovered, i18n.language), levels: formatNumber(proposal.levelsCovered, i18n.language), swaps: proposal.swaps.length })}
    </p>
  );
}

export function AwardsPanel({ editionId, status }: { editionId: number; status: string }) {
  const { t } = useTranslation();
  const awards = useAwards(editionId);
  const propose = useProposeAwards();
  const publish = usePublishResults();
  const [regionalBalance, setRegionalBalance] = useState(false);
  const editable = status === 'DELIBERATION';
  const published = status === 'PUBLISHED' || status === 'ARCHIVED';
  const hasAwards = (awards.data?.length ?? 0) > 0;
  return (
    <section aria-labelledby="awards-title">
      <h2 id="awards-title">{t('awards.title')}</h2>
      {!editable && <p className="alert alert-info">{t('awards.onlyInDeliberation')}</p>}
      {editable && (
        <div className="card">
          <p id="propose-help">{t('awards.proposeHelp')}</p>
          <div className="checks">
            <input id="regional-balance" type="checkbox" checked={regionalBalance} onChange={(e) => setRegionalBalance(e.target.checked)} />
            <label htmlFor="regional-balance">{t('awards.regionalBalance')}</label>
          </div>
          <button type="button" aria-describedby="propose-help" disabled={propose.isPending}
            onClick={() => propose.mutate({ editionId, regionalBalance, replace: hasAwards })}>
            {hasAwards ? t('awards.proposeAgain') : t('awards.propose')}
          </button>
          <ErrorAlert error={propose.error} />
          {propose.data && <Coverage proposal={propose.data} />}
        </div>
      )}
      <QueryState query={awards}>
        {() => awards.data!.length === 0 ? <p className="muted">{t('awards.none')}</p> : (
          <div className="table-wrap" tabIndex={0}>
            <table>
              <caption>{t('awards.caption')}</caption>
              <thead><tr><th scope="col">{t('fields.title')}</th><th scope="col">{t('awards.kind')}</th><th scope="col">{t('ranking.rank')}</th><th scope="col">{t('awards.citation')}</th><th scope="col"><span className="sr-only">{t('common.actions')}</span></th></tr></thead>
              <tbody>{awards.data!.map((a) => <AwardRow key={`${a.id}-${a.version}`} award={a} editionId={editionId} editable={editable} published={published} />)}</tbody>
            </table>
          </div>
        )}
      </QueryState>
      {editable && hasAwards && (
        <div className="card">
          <p id="publish-help">{t('lifecycle.explain.PUBLISHED')}</p>
          <button type="button" aria-describedby="publish-help" disabled={publish.isPending}
            onClick={() => window.confirm(t('awards.publishConfirm')) && publish.mutate(editionId)}>{t('awards.publish')}</button>
          <ErrorAlert error={publish.error} />
        </div>
      )}
      {publish.isSuccess && <p role="status" className="alert alert-success">{t('awards.published')}</p>}
    </section>
  );
}
