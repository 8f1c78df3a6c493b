import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert, QueryState } from '@/components/ErrorAlert';
import { isApiError } from '@/lib/api/problem';
import { formatBytes, formatDateTime, isolate } from '@/lib/i18n/format';
import type { components } from '@/lib/api/schema';
import { useGalleryConsent } from '../api/get-gallery-consent';
import { usePutGalleryConsent } from '../api/put-gallery-consent';
import { useRevokeGalleryConsent } from '../api/revoke-gallery-consent';

type Consent = components['schemas']['GalleryConsent'];
type CandidateFile = components['schemas']['GalleryCandidateFile'];

/**
 * "Galerie publique" on the teacher's awarded project once the results are published: what becomes
 * public, the documents to show (each with her statement that it shows no pupil), the consent, and
 * a revocation that takes effect at once. Nothing is shown for a project that may not enter.
 */
export function GalleryConsentCard({ submissionId }: { submissionId: number }) {
  const consent = useGalleryConsent(submissionId);
  // What the last action did: kept here, as the form starts afresh from the answer that follows it.
  const [done, setDone] = useState<Done>(null);
  if (consent.data && !consent.data.eligible) return null;
  return (
    <QueryState query={consent}>
      {() => <ConsentForm key={String(consent.data!.consentedAt)} consent={consent.data!} done={done} setDone={setDone} />}
    </QueryState>
  );
}

type Done = 'saved' | 'revoked' | null;

function ConsentForm({ consent, done, setDone }: { consent: Consent; done: Done; setDone: (done: Done) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const put = usePutGalleryConsent();
  const revoke = useRevokeGalleryConsent();
  const consentId = useId();
  const [chosen, setChosen] = useState<Record<number, boolean>>(() => Object.fromEntries(consent.files.map((f) => [f.id, f.selected])));
  const [stated, setStated] = useState<Record<number, boolean>>(() => Object.fromEntries(consent.files.map((f) => [f.id, f.showsPupils === false])));
  const [agreed, setAgreed] = useState(consent.inGallery);
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState<number[]>([]);

  const selectable = (f: CandidateFile) => f.showsPupils !== true;
  const refused = new Set<number>();
  if (isApiError(put.error) && put.error.slug === 'gallery-file-refused') {
    for (const e of put.error.fieldErrors) {
      const index = /^files\[(\d+)\]/.exec(e.field)?.[1];
      if (index !== undefined && sent[Number(index)] !== undefined) refused.add(sent[Number(index)]);
    }
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const files = consent.files.filter((f) => selectable(f) && chosen[f.id]);
    if (files.some((f) => !stated[f.id])) return setProblem(t('gallery.card.statementMissing'));
    if (!agreed) return setProblem(t('gallery.card.consentMissing'));
    setSent(files.map((f) => f.id));
    setDone(null);
    put.mutate({ submissionId: consent.submissionId, input: { consent: true, files: files.map((f) => ({ attachmentId: f.id, showsNoPupils: true })) } },
      { onSuccess: () => setDone('saved') });
  };

  return (
    <section className="card gallery-consent" aria-labelledby="gallery-consent-title">
      <h2 id="gallery-consent-title">{t('gallery.card.title')}</h2>
      <p>{t('gallery.card.explain')}</p>
      <p className="alert alert-warning">{t('gallery.card.never')}</p>
      {consent.inGallery && consent.consentedAt && (
        <p className="alert alert-success" role="status">
          {t('gallery.card.published', { date: formatDateTime(consent.consentedAt, lang) })}{' '}
          <Link to={`/gallery/${consent.submissionId}`}>{t('gallery.card.view')}</Link>
        </p>
      )}
      {done === 'saved' && <p role="status" className="alert alert-success">{t('gallery.card.saved')}</p>}
      {done === 'revoked' && <p role="status" className="alert alert-info">{t('gallery.card.revoked')}</p>}
      <form onSubmit={submit} noValidate>
        <fieldset>
          <legend>{t('gallery.card.files')}</legend>
          {consent.files.length === 0 ? <p className="muted">{t('gallery.card.noFiles')}</p> : (
            <ul className="plain-list gallery-choices">
              {consent.files.map((f) => (
                <li key={f.id}>
                  <label className="checks">
                    <input type="checkbox" checked={selectable(f) && Boolean(chosen[f.id])} disabled={!selectable(f)}
                      onChange={(e) => setChosen({ ...chosen, [f.id]: e.target.checked })} />
                    <span>{t('gallery.card.show', { name: isolate(f.filename), size: formatBytes(f.sizeBytes, lang) })}</span>
                  </label>
                  {!selectable(f) && <p className="hint">{t('gallery.card.showsPupils')}</p>}
                  {selectable(f) && chosen[f.id] && (
                    <label className="checks gallery-statement">
                      <input type="checkbox" checked={Boolean(stated[f.id])} onChange={(e) => setStated({ ...stated, [f.id]: e.target.checked })} />
                      <span>{t('gallery.card.statement')}</span>
                    </label>
                  )}
                  {refused.has(f.id) && <p className="field-error">{t('gallery.card.refusedFile')}</p>}
                </li>
              ))}
            </ul>
          )}
        </fieldset>
        <div className="checks">
          <input id={consentId} type="checkbox" checked={agreed} onChange={(e) => setAgreed(e.target.checked)} />
          <label htmlFor={consentId}>{t('gallery.card.consent')}</label>
        </div>
        {problem && <p role="alert" className="alert alert-error">{problem}</p>}
        {isApiError(put.error) && put.error.slug === 'gallery-file-refused'
          ? <p role="alert" className="alert alert-error">{t('problems.gallery-file-refused')} {consent.files.filter((f) => refused.has(f.id)).map((f) => f.filename).join(', ')}</p>
          : <ErrorAlert error={put.error} />}
        <ErrorAlert error={revoke.error} />
        <div className="button-row">
          <button type="submit" disabled={put.isPending}>{consent.inGallery ? t('gallery.card.update') : t('gallery.card.publish')}</button>
          {consent.inGallery && (
            <button type="button" className="danger" disabled={revoke.isPending}
              onClick={() => {
                setDone(null);
                revoke.mutate(consent.submissionId, { onSuccess: () => setDone('revoked') });
              }}>
              {t('gallery.card.revoke')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
