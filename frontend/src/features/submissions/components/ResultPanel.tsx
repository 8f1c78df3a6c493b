import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, QueryState } from '@/components/ErrorAlert';
import { ContentText, LocalizedContent } from '@/components/ContentText';
import { asLang } from '@/lib/i18n/content';
import { formatNumber } from '@/lib/i18n/format';
import { useSubmissionResult } from '../api/get-submission-result';
import { downloadCertificate } from '../api/download-certificate';

export function ResultPanel({ submissionId }: { submissionId: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const result = useSubmissionResult(submissionId, true);
  const [error, setError] = useState<unknown>(null);
  return (
    <section className="card" aria-labelledby="result-title">
      <h2 id="result-title">{t('result.title')}</h2>
      <QueryState query={result}>
        {() => {
          const r = result.data!;
          return (
            <>
              <p className="lead">
                {r.award ? t('result.awarded', { kind: t(`status.award.${r.award.kind}`), rank: formatNumber(r.award.rank, lang) }) : t(`status.submission.${r.status}`)}
              </p>
              {r.award && <ContentText as="blockquote" text={r.award.citation} lang={asLang(r.award.citationLanguage)} />}
              {r.criteria.length > 0 && (
                <div className="table-wrap" tabIndex={0}>
                  <table>
                    <caption>{t('result.criteria')}</caption>
                    <thead><tr><th scope="col">{t('rubric.criterion')}</th><th scope="col">{t('result.mean')}</th><th scope="col">{t('rubric.scale')}</th></tr></thead>
                    <tbody>
                      {r.criteria.map((c) => (
                        <tr key={c.code}>
                          <th scope="row"><LocalizedContent value={c.label} /></th>
                          <td>{formatNumber(c.mean, lang, 1)}</td>
                          <td>{formatNumber(c.scaleMin, lang)}–{formatNumber(c.scaleMax, lang)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              <h3>{t('result.feedback')}</h3>
              {r.feedback.length === 0 ? <p className="muted">{t('result.noFeedback')}</p> : (
                <ul>{r.feedback.map((f, i) => <li key={i}>{f}</li>)}</ul>
              )}
              {r.certificateAvailable && (
                <p>
                  <button type="button" onClick={() => downloadCertificate(submissionId).catch(setError)}>{t('result.certificate')}</button>
                </p>
              )}
              <ErrorAlert error={error} />
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
