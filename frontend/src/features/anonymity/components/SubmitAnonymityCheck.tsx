import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Submission } from '@/lib/api/types';
import { counted } from '@/lib/i18n/format';
import { FindingList } from './FindingList';
import { UncheckedFiles, useProjectAnonymity } from './AnonymityWarning';

/**
 * Asked for when the author submits: for a project of a blind edition whose identity still shows, it
 * repeats the findings and lets her submit anyway or go back; otherwise (not blind, nothing found,
 * or the check unavailable) it lets the submission go on at once.
 */
export function SubmitAnonymityCheck({ submission, onConfirm, onCancel }: {
  submission: Submission;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const query = useProjectAnonymity(submission);
  const report = query.data;
  const warn = !!report?.blind && report.findings.length > 0 && !query.isFetching;
  const heading = useRef<HTMLHeadingElement>(null);
  const decided = useRef(false);
  useEffect(() => {
    if (decided.current || query.isFetching) return;
    if (query.isError || (report && !warn)) {
      decided.current = true;
      onConfirm();
    }
  }, [query.isError, query.isFetching, report, warn, onConfirm]);
  useEffect(() => {
    if (warn) heading.current?.focus();
  }, [warn]);
  if (!warn || !report) return <p role="status" className="muted">{t('anonymity.checking')}</p>;
  return (
    <div role="alertdialog" aria-labelledby="anonymity-confirm-title" aria-describedby="anonymity-confirm-text" className="alert alert-warning">
      <h3 id="anonymity-confirm-title" ref={heading} tabIndex={-1}>{t('anonymity.confirmTitle')}</h3>
      <p id="anonymity-confirm-text">
        {t('anonymity.found', counted(report.findings.length, i18n.language))} {t('anonymity.confirmText')}
      </p>
      <FindingList findings={report.findings} voice="author" />
      <UncheckedFiles report={report} />
      <div className="button-row">
        <button type="button" onClick={() => { decided.current = true; onConfirm(); }}>{t('anonymity.submitAnyway')}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t('anonymity.backToProject')}</button>
      </div>
    </div>
  );
}
