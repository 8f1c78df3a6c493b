import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { formatBytes, formatNumber } from '@/lib/i18n/format';
import type { Submission } from '@/lib/api/types';
import { useUploadAttachments } from '../api/upload-attachments';
import { useDeleteAttachment } from '../api/delete-attachment';
import { downloadAttachment } from '../api/download-attachment';

const ACCEPT = '.pdf,.docx,.pptx,.xlsx,.odt,.png,.jpg,.jpeg';

export function Attachments({ submission }: { submission: Submission }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const upload = useUploadAttachments(submission.id, setProgress);
  const remove = useDeleteAttachment();
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const send = () => {
    const files = Array.from(input.current?.files ?? []);
    if (files.length === 0) return;
    setProgress(0);
    upload.mutate(files, {
      onSettled: () => {
        setProgress(null);
        if (input.current) input.current.value = '';
      },
    });
  };
  return (
    <section aria-labelledby="evidence" className="card">
      <h2 id="evidence">{t('submission.evidence')}</h2>
      <ErrorAlert error={upload.error ?? remove.error ?? downloadError} />
      {submission.attachments.length === 0 ? (
        <p className="muted">{t('submission.noEvidence')}</p>
      ) : (
        <ul className="file-list">
          {submission.attachments.map((a) => (
            <li key={a.id}>
              <button type="button" className="link" onClick={() => downloadAttachment(submission.id, a.id, a.filename).catch(setDownloadError)}>
                {a.filename}
              </button>
              <span className="muted small"> {formatBytes(a.sizeBytes, lang)}</span>
              {submission.editable && (
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
      {submission.editable && (
        <div className="upload">
          <label htmlFor="evidence-files">{t('submission.addFiles')}</label>
          <input id="evidence-files" ref={input} type="file" multiple accept={ACCEPT} aria-describedby="evidence-hint" onChange={send} disabled={upload.isPending} />
          <p id="evidence-hint" className="hint">{t('submission.filesHint')}</p>
          {progress !== null && (
            <div className="progress-line">
              <label htmlFor="upload-progress">{t('submission.uploading')}</label>
              <progress id="upload-progress" max={1} value={progress} />
              <span>{formatNumber(progress * 100, lang)} %</span>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
