import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, useErrorMessage } from '@/components/ErrorAlert';
import { formatBytes, formatNumber } from '@/lib/i18n/format';
import { isApiError } from '@/lib/api/problem';
import { writtenIn } from '@/lib/api/problem-text';
import type { Submission } from '@/lib/api/types';
import { useUploadAttachments } from '../api/upload-attachments';
import { useDeleteAttachment } from '../api/delete-attachment';
import { downloadAttachment } from '../api/download-attachment';

/** What each kind of file may be: evidence in any accepted format, the parents' authorisations as scans. */
const EXTENSIONS = {
  EVIDENCE: ['pdf', 'docx', 'pptx', 'xlsx', 'odt', 'png', 'jpg', 'jpeg'],
  AUTHORISATION: ['pdf', 'png', 'jpg', 'jpeg'],
} as const;
export type Purpose = keyof typeof EXTENSIONS;
/** The contract's default limit per file (the server may be set lower; it then says so). */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

type Refusal = { name: string; reason: string };

/** Whether the client already knows a file will be refused, and why. */
function precheck(file: File, purpose: Purpose, t: (key: string, options?: Record<string, unknown>) => string, lang: string): string | null {
  const extension = file.name.includes('.') ? file.name.substring(file.name.lastIndexOf('.') + 1).toLowerCase() : '';
  if (!(EXTENSIONS[purpose] as readonly string[]).includes(extension)) return t('submission.refusal.type');
  if (file.size === 0) return t('submission.refusal.empty');
  if (file.size > MAX_FILE_BYTES) return t('submission.refusal.size', { size: formatBytes(file.size, lang), max: formatBytes(MAX_FILE_BYTES, lang) });
  return null;
}

/**
 * The project's files of one kind: the evidence (what jurors read), or the scans of the parents'
 * authorisations (its author and the organisers only), each listed, added and removed apart.
 */
export function Attachments({ submission, editable, purpose = 'EVIDENCE' }: { submission: Submission; editable: boolean; purpose?: Purpose }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const message = useErrorMessage();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [refusals, setRefusals] = useState<Refusal[]>([]);
  const upload = useUploadAttachments(submission.id, purpose, setProgress);
  const evidence = purpose === 'EVIDENCE';
  const files = evidence ? submission.attachments : submission.authorisations;
  const key = evidence ? 'evidence' : 'authorisations';
  const remove = useDeleteAttachment();
  const [downloadError, setDownloadError] = useState<unknown>(null);

  /** The files a refused upload names (`errors[].field` = `files[i]`), else every file sent. */
  const refusalsOf = (error: unknown, sent: File[]): Refusal[] => {
    if (isApiError(error)) {
      const named = error.fieldErrors.flatMap((e) => {
        const index = /^files\[(\d+)\]/.exec(e.field);
        return index && sent[Number(index[1])] ? [{ file: sent[Number(index[1])], detail: e.message }] : [];
      });
      if (named.length > 0) {
        const max = error.problem.maxFileSize;
        return named.map(({ file, detail }) => ({
          name: file.name,
          reason: error.slug === 'unsupported-file-type' ? t('submission.refusal.type')
            : error.slug === 'file-too-large' ? (typeof max === 'number'
              ? t('submission.refusal.size', { size: formatBytes(file.size, lang), max: formatBytes(max, lang) })
              : t('submission.refusal.tooLarge'))
              : error.slug === 'unreadable-file' ? t('submission.refusal.unreadable')
                : writtenIn(error, i18n.language) ? `${t('submission.refusal.server')} (${detail})` : t('submission.refusal.server'),
        }));
      }
    }
    return sent.map((file) => ({ name: file.name, reason: t('submission.refusal.notSent', { reason: message(error) }) }));
  };

  const send = () => {
    const files = Array.from(input.current?.files ?? []);
    if (files.length === 0) return;
    const refused: Refusal[] = [];
    const accepted = files.filter((file) => {
      const reason = precheck(file, purpose, t, lang);
      if (reason) refused.push({ name: file.name, reason });
      return !reason;
    });
    setRefusals(refused);
    if (accepted.length === 0) {
      if (input.current) input.current.value = '';
      return;
    }
    setProgress(0);
    upload.mutate(accepted, {
      onError: (error) => setRefusals((before) => [...before, ...refusalsOf(error, accepted)]),
      onSettled: () => {
        setProgress(null);
        if (input.current) input.current.value = '';
      },
    });
  };
  return (
    <section aria-labelledby={key} className="card">
      <h2 id={key}>{evidence ? t('submission.evidence') : t('privacy.authorisationsTitle')}</h2>
      {!evidence && <p className="hint">{t('privacy.authorisationsHint')}</p>}
      {refusals.length > 0 && (
        <div role="alert" className="alert alert-error">
          <p>{t('submission.refusedFiles')}</p>
          <ul>{refusals.map((r, i) => <li key={i}>{t('submission.refusedFile', { name: r.name, reason: r.reason })}</li>)}</ul>
        </div>
      )}
      <ErrorAlert error={remove.error ?? downloadError} />
      {files.length === 0 ? (
        <p className="muted">{evidence ? t('submission.noEvidence') : t('privacy.noAuthorisations')}</p>
      ) : (
        <ul className="file-list">
          {files.map((a) => (
            <li key={a.id}>
              <button type="button" className="link" onClick={() => downloadAttachment(submission.id, a.id, a.filename).catch(setDownloadError)}>
                {a.filename}
              </button>
              <span className="muted small"> {formatBytes(a.sizeBytes, lang)}</span>
              {editable && (
                <button type="button" className="secondary small" disabled={remove.isPending}
                  onClick={() => remove.mutate({ submissionId: submission.id, attachmentId: a.id })}
                  aria-label={t('submission.removeFile', { name: a.filename })}>
                  {t('common.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <div className="upload">
          <label htmlFor={`${key}-files`}>{evidence ? t('submission.addFiles') : t('privacy.addAuthorisations')}</label>
          <input id={`${key}-files`} ref={input} type="file" multiple accept={EXTENSIONS[purpose].map((e) => `.${e}`).join(',')}
            aria-describedby={evidence ? `${key}-hint` : undefined} onChange={send} disabled={upload.isPending} />
          {evidence && <p id={`${key}-hint`} className="hint">{t('submission.filesHint')}</p>}
          {progress !== null && (
            <div className="progress-line">
              <label htmlFor={`${key}-progress`}>{t('submission.uploading')}</label>
              <progress id={`${key}-progress`} max={1} value={progress} />
              <span>{formatNumber(progress * 100, lang)} %</span>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
