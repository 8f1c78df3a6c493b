import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useAssignedAttachment } from '../api/get-assigned-attachment';

export type PreviewedFile = { id: number; name: string; contentType: string };

/**
 * An evidence file shown in the page, beside the scoring form: a PDF in a frame, an image as an
 * image, both from a blob: URL of the bytes fetched with the token (revoked when the preview closes
 * or shows another file).
 */
export function EvidencePreview({ assignmentId, file, onClose }: { assignmentId: number; file: PreviewedFile; onClose: () => void }) {
  const { t } = useTranslation();
  const query = useAssignedAttachment(assignmentId, file.id, file.contentType);
  const [url, setUrl] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!query.data) return;
    const objectUrl = URL.createObjectURL(query.data);
    setUrl(objectUrl);
    return () => {
      URL.revokeObjectURL(objectUrl);
      setUrl(undefined);
    };
  }, [query.data]);

  useEffect(() => {
    heading.current?.focus();
  }, [file.id]);

  return (
    <section className="card evidence-preview" aria-labelledby="evidence-preview-title">
      <div className="form-head">
        <h2 id="evidence-preview-title" tabIndex={-1} ref={heading}>{t('jury.preview', { name: file.name })}</h2>
        <button type="button" className="secondary small" onClick={onClose}>{t('jury.closePreview')}</button>
      </div>
      <ErrorAlert error={query.error} />
      {!url && !query.error && <p role="status" className="muted">{t('jury.previewLoading')}</p>}
      {url && (file.contentType === 'application/pdf'
        ? <iframe src={url} title={file.name} />
        : <img src={url} alt={file.name} />)}
    </section>
  );
}
