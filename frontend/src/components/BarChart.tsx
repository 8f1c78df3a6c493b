import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/i18n/format';

export type Bar = { label: string; value: number };

/** A horizontal bar chart drawn with CSS, with the figures as text for screen readers. */
export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const { t, i18n } = useTranslation();
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      {bars.length === 0 ? (
        <p className="muted">{t('common.noData')}</p>
      ) : (
        <ul className="bars">
          {bars.map((bar) => (
            <li key={bar.label}>
              <span className="bar-label">{bar.label}</span>
              <span className="bar-track" aria-hidden="true">
                <span className="bar-fill" style={{ inlineSize: `${(bar.value / max) * 100}%` }} />
              </span>
              <span className="bar-value">{formatNumber(bar.value, i18n.language)}</span>
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
