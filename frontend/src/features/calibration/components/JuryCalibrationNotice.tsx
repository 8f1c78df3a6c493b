import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { formatNumber } from '@/lib/i18n/format';
import { useMyCalibrations } from '../api/list-my-calibrations';

/**
 * On the juror's home page, while a calibration they take part in is open: its sample projects to
 * score first, and why their assigned projects do not show yet. Nothing otherwise.
 */
export function JuryCalibrationNotice() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const calibrations = useMyCalibrations();
  if (calibrations.error) return <ErrorAlert error={calibrations.error} />;
  if (!calibrations.data || calibrations.data.length === 0) return null;
  return (
    <>
      {calibrations.data.map((c) => (
        <section key={c.id} className="card" aria-labelledby={`calibration-${c.id}-title`}>
          <h2 id={`calibration-${c.id}-title`}>{t('calibration.jury.title')}</h2>
          <p>{t('calibration.jury.intro', { number: c.edition.number })}</p>
          <ul>
            {c.samples.map((s) => (
              <li key={s.id}>
                <Link to={`/jury/calibration/samples/${s.id}`}>{t('calibration.sampleTitle', { label: s.label, title: s.title })}</Link>
                {' — '}
                {s.scored ? t('calibration.jury.scoredWith', { score: formatNumber(s.rawScore, lang, 1) }) : <strong>{t('calibration.jury.toScore')}</strong>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
