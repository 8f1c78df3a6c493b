import { useTranslation } from 'react-i18next';
import { LocalizedContent } from '@/components/ContentText';
import { formatNumber } from '@/lib/i18n/format';
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
                <LocalizedContent value={c.label} />
                {c.description && <LocalizedContent as="p" className="muted small" value={c.description} />}
              </th>
              <td data-label={t('rubric.weight')}>{formatNumber(c.weight, lang)}</td>
              <td data-label={t('rubric.scale')}>{formatNumber(c.scaleMin, lang)}–{formatNumber(c.scaleMax, lang)}</td>
              <td data-label={t('rubric.gates')}>
                {c.gates.length > 0 ? (
                  <ol className="small">
                    {c.gates.map((g, i) => <LocalizedContent key={i} as="li" value={g} />)}
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
