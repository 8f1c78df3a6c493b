import { useTranslation } from 'react-i18next';
import type { Submission } from '@/lib/api/types';
import { counted, isolate } from '@/lib/i18n/format';
import { useSubmissionAnonymity, type AnonymityReport } from '../api/get-submission-anonymity';
import { FindingList } from './FindingList';

/** The project's files whose text was not (or not all) checked, and why. */
export function UncheckedFiles({ report }: { report: AnonymityReport }) {
  const { t } = useTranslation();
  const files = report.files.filter((f) => f.reason);
  if (files.length === 0) return null;
  return (
    <ul>
      {files.map((f) => (
        <li key={f.attachmentId}>
          {f.reason === 'PARTIAL' ? t('anonymity.partial', { file: isolate(f.filename) })
            : t('anonymity.notChecked', { file: isolate(f.filename), reason: t(`anonymity.reasons.${f.reason}`) })}
        </li>
      ))}
    </ul>
  );
}

/** The project's findings, as long as the report's version and files stay those of the project. */
export const useProjectAnonymity = (s: Submission) =>
  useSubmissionAnonymity(s.id, s.version, s.attachments.map((a) => a.id).join(','));

/**
 * For a project of an edition judged blind: where its author's name, school or email still appear
 * (in its fields, or on a page of its files), before submitting and after. A warning only. Nothing
 * for an edition that is not blind, nor when the check cannot be made.
 */
export function AnonymityWarning({ submission }: { submission: Submission }) {
  const { t, i18n } = useTranslation();
  const query = useProjectAnonymity(submission);
  const report = query.data;
  if (!report?.blind) return null;
  const clean = report.findings.length === 0;
  return (
    <section className="card" aria-labelledby="anonymity-title">
      <h2 id="anonymity-title">{t('anonymity.title')}</h2>
      <p>{t('anonymity.blindIntro')}</p>
      {clean ? (
        <p role="status" className="alert alert-success">{t('anonymity.clean')}</p>
      ) : (
        <div role="status" className="alert alert-warning">
          <p>{t('anonymity.found', counted(report.findings.length, i18n.language))}</p>
          <FindingList findings={report.findings} voice="author" />
          {report.truncated && <p>{t('anonymity.truncated')}</p>}
        </div>
      )}
      <UncheckedFiles report={report} />
      <p className="hint">{t('anonymity.imagesNote')}</p>
    </section>
  );
}
