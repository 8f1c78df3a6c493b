import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, QueryState } from '@/components/ErrorAlert';
import { counted, formatNumber } from '@/lib/i18n/format';
import type { Award, AwardKind, AwardProposal } from '@/lib/api/types';
import { useAwards } from '../api/list-awards';
import { useProposeAwards } from '../api/propose-awards';
import { useUpdateAward } from '../api/update-award';
import { useCreateAward } from '../api/create-award';
import { useCandidates } from '../api/list-candidates';
import { useDeleteAward } from '../api/delete-award';
import { useReissueCertificate } from '../api/reissue-certificate';
import { Field } from '@/components/Field';
import { TranslatedField, emptyTexts, type TextByLang } from '@/components/TranslatedField';
import { fromTexts } from '@/lib/i18n/content';

const KINDS: AwardKind[] = ['WINNER', 'LAUREATE', 'SPECIAL_MENTION'];

type AwardChange = Pick<Award, 'id' | 'kind' | 'rank' | 'citation' | 'citationTranslations' | 'version'>;

/** The citation in French (sent as `citation`) and its Arabic and English translations (blank ones left out). */
const citationOf = (values: TextByLang) => {
  const { fr, ...citationTranslations } = fromTexts(values);
  return { citation: fr, citationTranslations };
};
const textsOf = (award: Award): TextByLang =>
  ({ fr: award.citation ?? '', ar: award.citationTranslations?.ar ?? '', en: award.citationTranslations?.en ?? '' });

/**
 * One award; saving goes through the panel, which confirms it in its live region: the row itself is
 * drawn anew once the saved award (with its new version) comes back.
 */
function AwardRow({ award, editionId, editable, published, onSave, saving, saveError }: {
  award: Award; editionId: number; editable: boolean; published: boolean;
  onSave: (change: AwardChange) => void; saving: boolean; saveError: unknown;
}) {
  const { t } = useTranslation();
  const remove = useDeleteAward(editionId);
  const [kind, setKind] = useState(award.kind);
  const [rank, setRank] = useState(String(award.rank));
  const [citation, setCitation] = useState<TextByLang>(() => textsOf(award));
  const stored = textsOf(award);
  const changed = kind !== award.kind || Number(rank) !== award.rank || (['fr', 'ar', 'en'] as const).some((l) => citation[l] !== stored[l]);
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
        <fieldset className="bare" disabled={!editable}>
          <TranslatedField label={t('awards.citation')} values={citation} multiline rows={2} maxLength={2000} stacked
            onChange={(lang, v) => setCitation((c) => ({ ...c, [lang]: v }))} />
        </fieldset>
        <ErrorAlert error={saveError ?? remove.error} />
      </td>
      <td>
        {editable && (
          <div className="button-row">
            <button type="button" className="small" disabled={!changed || saving}
              onClick={() => onSave({ id: award.id, kind, rank: Number(rank), ...citationOf(citation), version: award.version })}>{t('common.save')}</button>
            <button type="button" className="danger small" disabled={remove.isPending} onClick={() => remove.mutate(award.id)}
              aria-label={t('awards.removeFor', { title: award.title })}>{t('common.remove')}</button>
          </div>
        )}
        {published && <ReissueCertificate award={award} />}
      </td>
    </tr>
  );
}

/**
 * An award beyond the automatic proposal: any project of the edition's ranking that has none yet,
 * shown with its rank, title and normalised score.
 */
function AddAward({ editionId, awards, onAdded }: { editionId: number; awards: Award[]; onAdded: (title: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const candidates = useCandidates(editionId);
  const create = useCreateAward();
  const [submissionId, setSubmissionId] = useState('');
  const [kind, setKind] = useState<AwardKind>('LAUREATE');
  const [rank, setRank] = useState<string | null>(null);
  const [citation, setCitation] = useState<TextByLang>(emptyTexts);
  const awarded = new Set(awards.map((a) => a.submissionId));
  const open = (candidates.data?.items ?? []).filter((c) => !awarded.has(c.submissionId));
  const nextRank = awards.reduce((max, a) => Math.max(max, a.rank), 0) + 1;
  const shownRank = rank ?? String(nextRank);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const chosen = open.find((c) => String(c.submissionId) === submissionId);
    if (!chosen) return;
    create.mutate({ editionId, submissionId: chosen.submissionId, kind, rank: Number(shownRank), ...citationOf(citation) }, {
      onSuccess: (award) => {
        setSubmissionId('');
        setRank(null);
        setCitation(emptyTexts());
        onAdded(award.title);
      },
    });
  };
  return (
    <form className="card" aria-labelledby="add-award-title" onSubmit={submit}>
      <h3 id="add-award-title">{t('awards.add')}</h3>
      <p className="hint">{t('awards.addHelp')}</p>
      <QueryState query={candidates}>
        {() => open.length === 0 ? <p className="muted">{t('awards.noCandidate')}</p> : (
          <>
            <Field label={t('awards.project')} name="submissionId" error={create.error}>
              {(p) => (
                <select {...p} value={submissionId} onChange={(e) => setSubmissionId(e.target.value)} required>
                  <option value="">{t('common.choose')}</option>
                  {open.map((c) => (
                    <option key={c.submissionId} value={c.submissionId}>
                      {t('awards.candidate', {
                        rank: formatNumber(c.rank, lang), title: c.title,
                        score: c.normalizedScore === undefined ? t('awards.notScored') : t('awards.scoreOf', { score: formatNumber(c.normalizedScore, lang, 1) }),
                      })}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('awards.kind')} name="kind" error={create.error}>
              {(p) => (
                <select {...p} value={kind} onChange={(e) => setKind(e.target.value as AwardKind)}>
                  {KINDS.map((k) => <option key={k} value={k}>{t(`status.award.${k}`)}</option>)}
                </select>
              )}
            </Field>
            <Field label={t('ranking.rank')} name="rank" error={create.error}>
              {(p) => <input {...p} type="number" min={1} max={1000} className="narrow-input" value={shownRank} onChange={(e) => setRank(e.target.value)} required />}
            </Field>
            <TranslatedField label={t('awards.citation')} values={citation} multiline rows={2} maxLength={2000} error={create.error}
              names={{ fr: 'citation', ar: 'citationTranslations.ar', en: 'citationTranslations.en' }}
              onChange={(lang, v) => setCitation((c) => ({ ...c, [lang]: v }))} />
            <button type="submit" disabled={create.isPending || !submissionId}>{t('awards.addSubmit')}</button>
            <ErrorAlert error={create.error} />
          </>
        )}
      </QueryState>
    </form>
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
  const flagged = proposal.winnerDisagreement;
  return (
    <>
      <p role="status" className="alert alert-success">
        {t('awards.coverage', { regions: t('counts.regions', counted(proposal.regionsCovered, i18n.language)), levels: t('counts.levels', counted(proposal.levelsCovered, i18n.language)), swaps: t('counts.swaps', counted(proposal.swaps.length, i18n.language)) })}
      </p>
      {flagged && (
        <p role="alert" className="alert alert-warning">
          {t('awards.winnerDisagreement', { title: flagged.title, spread: formatNumber(flagged.spread, i18n.language, 1) })}
        </p>
      )}
    </>
  );
}

/** `publishStep`: the edition's next step (publishing, with what it will do and its confirmation), from the app. */
export function AwardsPanel({ editionId, status, publishStep }: { editionId: number; status: string; publishStep?: ReactNode }) {
  const { t } = useTranslation();
  const awards = useAwards(editionId);
  const propose = useProposeAwards();
  const update = useUpdateAward(editionId);
  const [notice, setNotice] = useState('');
  const save = (change: AwardChange) => {
    setNotice('');
    update.mutate(change, { onSuccess: (saved) => setNotice(t('awards.saved', { title: saved.title })) });
  };
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
            onClick={() => { setNotice(''); propose.mutate({ editionId, regionalBalance, replace: hasAwards }); }}>
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
              <tbody>
                {awards.data!.map((a) => {
                  const mine = update.variables?.id === a.id;
                  return (
                    <AwardRow key={`${a.id}-${a.version}`} award={a} editionId={editionId} editable={editable} published={published}
                      onSave={save} saving={mine && update.isPending} saveError={mine ? update.error : null} />
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
      <div role="status" aria-live="polite">{notice && <p className="alert alert-success">{notice}</p>}</div>
      {editable && awards.data && <AddAward editionId={editionId} awards={awards.data} onAdded={(title) => setNotice(t('awards.added', { title }))} />}
      {editable && hasAwards && publishStep && <div className="card">{publishStep}</div>}
      {status === 'PUBLISHED' && <p role="status" className="alert alert-success">{t('awards.published')}</p>}
    </section>
  );
}
