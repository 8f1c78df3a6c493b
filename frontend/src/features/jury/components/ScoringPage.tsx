import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert, QueryState } from '@/components/ErrorAlert';
import { Field } from '@/components/Field';
import { StatusBadge } from '@/components/StatusBadge';
import { formatBytes, formatDateTime, formatNumber, localized } from '@/lib/i18n/format';
import { useRegions, useSchoolLevels } from '@/lib/reference/reference';
import type { JuryAssignment } from '@/lib/api/types';
import { useMyAssignment } from '../api/get-my-assignment';
import { useDeclareConflict } from '../api/declare-conflict';
import { downloadAssignedAttachment } from '../api/download-assigned-attachment';
import { isPreviewable } from '../api/get-assigned-attachment';
import { EvidencePreview, type PreviewedFile } from './EvidencePreview';
import { ScoringForm } from './ScoringForm';

function Project({ a, previewedId, onPreview }: { a: JuryAssignment; previewedId?: number; onPreview: (file: PreviewedFile | null) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const regions = useRegions();
  const levels = useSchoolLevels();
  const [error, setError] = useState<unknown>(null);
  const s = a.submission;
  return (
    <section className="card" aria-labelledby="project-title">
      <h2 id="project-title">{t('jury.project')}</h2>
      {a.edition.blindReview && <p className="alert alert-info">{t('jury.blind')}</p>}
      <dl className="facts">
        {s.author && (<><dt>{t('jury.author')}</dt><dd>{s.author.firstName} {s.author.lastName}</dd></>)}
        {s.schoolName && (<><dt>{t('fields.schoolName')}</dt><dd>{s.schoolName}</dd></>)}
        {s.coAuthors && s.coAuthors.length > 0 && (<><dt>{t('fields.coAuthors')}</dt><dd>{s.coAuthors.join(', ')}</dd></>)}
        <dt>{t('fields.regionCode')}</dt><dd>{localized(regions.data?.find((r) => r.code === s.regionCode)?.name, lang) || '—'}</dd>
        <dt>{t('fields.schoolLevel')}</dt><dd>{localized(levels.data?.find((l) => l.code === s.schoolLevel)?.label, lang) || '—'}</dd>
        <dt>{t('fields.discipline')}</dt><dd>{s.discipline ?? '—'}</dd>
        <dt>{t('fields.pupilsCount')}</dt><dd>{formatNumber(s.pupilsCount, lang)}</dd>
        <dt>{t('fields.technologies')}</dt><dd>{s.technologies.join(', ') || '—'}</dd>
      </dl>
      {s.summary && (<><h3>{t('fields.summary')}</h3><p>{s.summary}</p></>)}
      {s.description && (<><h3>{t('fields.description')}</h3><div className="prose">{s.description.split(/\n{2,}/).map((p, i) => <p key={i}>{p}</p>)}</div></>)}
      {(s.videoUrl || s.siteUrl) && (
        <ul>
          {s.videoUrl && <li><a href={s.videoUrl} rel="noreferrer noopener" target="_blank">{t('fields.videoUrl')}</a></li>}
          {s.siteUrl && <li><a href={s.siteUrl} rel="noreferrer noopener" target="_blank">{t('fields.siteUrl')}</a></li>}
        </ul>
      )}
      <h3>{t('submission.evidence')}</h3>
      <ErrorAlert error={error} />
      {s.attachments.length === 0 ? <p className="muted">{t('submission.noEvidence')}</p> : (
        <ul className="file-list">
          {s.attachments.map((f) => {
            const name = f.filename ?? f.label;
            return (
              <li key={f.id}>
                <span>{name}</span>
                <span className="muted small">{formatBytes(f.sizeBytes, lang)}</span>
                {isPreviewable(f.contentType) && (
                  <button type="button" id={`evidence-show-${f.id}`} className="secondary small" aria-label={t('jury.showFile', { name })}
                    aria-pressed={previewedId === f.id}
                    onClick={() => onPreview(previewedId === f.id ? null : { id: f.id, name, contentType: f.contentType })}>
                    {t('jury.show')}
                  </button>
                )}
                <button type="button" className="secondary small" aria-label={t('jury.downloadFile', { name })}
                  onClick={() => downloadAssignedAttachment(a.id, f.id, name).catch(setError)}>
                  {t('jury.download')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function ConflictForm({ assignmentId }: { assignmentId: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const declare = useDeclareConflict();
  const [reason, setReason] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    declare.mutate({ assignmentId, reason }, { onSuccess: () => void navigate('/jury') });
  };
  return (
    <details className="card">
      <summary>{t('jury.conflict')}</summary>
      <p>{t('jury.conflictHelp')}</p>
      <ErrorAlert error={declare.error} />
      <form onSubmit={submit}>
        <Field label={t('jury.reason')} name="reason" error={declare.error}>
          {(p) => <textarea {...p} value={reason} onChange={(e) => setReason(e.target.value)} minLength={3} maxLength={1000} required rows={2} />}
        </Field>
        <button type="submit" className="danger" disabled={declare.isPending}>{t('jury.declare')}</button>
      </form>
    </details>
  );
}

export function ScoringPage() {
  const { t, i18n } = useTranslation();
  const id = Number(useParams().assignmentId);
  const query = useMyAssignment(id);
  const [previewed, setPreviewed] = useState<PreviewedFile | null>(null);
  const closePreview = () => {
    const shown = previewed;
    setPreviewed(null);
    if (shown) setTimeout(() => document.getElementById(`evidence-show-${shown.id}`)?.focus());
  };
  return (
    <QueryState query={query}>
      {() => {
        const a = query.data!;
        return (
          <>
            <p><Link to="/jury">{t('jury.back')}</Link></p>
            <h1>{a.submission.title}</h1>
            <p>
              {t('archive.editionShort', { number: a.edition.number })} <StatusBadge kind="edition" value={a.edition.status} /> ·{' '}
              {t('jury.closesAt', { date: formatDateTime(a.edition.evaluationCloseAt, i18n.language) })}
            </p>
            <Project a={a} previewedId={previewed?.id} onPreview={(file) => (file ? setPreviewed(file) : closePreview())} />
            {/* The evidence beside the form on a wide screen, above it on a narrow one. */}
            <div className={previewed ? 'scoring-layout with-preview' : 'scoring-layout'}>
              {previewed && <EvidencePreview assignmentId={a.id} file={previewed} onClose={closePreview} />}
              <div>
                {a.canEvaluate && <ConflictForm assignmentId={a.id} />}
                {/* A new form only when the evaluation is submitted or reopened: an autosave keeps the one being filled in. */}
                <ScoringForm key={`${a.id}-${a.evaluation?.status === 'SUBMITTED' ? 'submitted' : 'open'}`} assignment={a}
                  onChanged={() => void query.refetch()} />
              </div>
            </div>
          </>
        );
      }}
    </QueryState>
  );
}
