import { useTranslation } from 'react-i18next';
import { formatNumber, localized } from '@/lib/i18n/format';
import type { Criterion } from '@/lib/api/types';

export function RubricView({ criteria }: { criteria: Criterion[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <div className="table-wrap" tabIndex={0}>
      <table className="stack-sm">
        <caption>{t('home.rubric')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rubric.criterion')}</th>
            <th scope="col">{t('rubric.weight')}</th>
            <th scope="col">{t('rubric.scale')}</th>
            <th scope="col">{t('rubric.gates')}</th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((c) => (
            <tr key={c.code}>
              <th scope="row">
                {localized(c.label, lang)}
                {c.description && <p className="muted small">{localized(c.description, lang)}</p>}
              </th>
              <td data-label={t('rubric.weight')}>{formatNumber(c.weight, lang)}</td>
              <td data-label={t('rubric.scale')}>{formatNumber(c.scaleMin, lang)}–{formatNumber(c.scaleMax, lang)}</td>
              <td data-label={t('rubric.gates')}>
                {c.gates.length > 0 ? (
                  <ol className="small">
                    {c.gates.map((g, i) => <li key={i}>{localized(g, lang)}</li>)}
                  </ol>
                ) : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
