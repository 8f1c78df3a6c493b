import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, timeLeft } from '@/lib/i18n/format';

/** Time left until the deadline; the figures tick every second but are announced to screen readers only once. */
export function Countdown({ until }: { until: string }) {
  const { t, i18n } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const left = timeLeft(until, now);
  if (!left) return <p className="countdown">{t('home.closed')}</p>;
  const parts = (['days', 'hours', 'minutes', 'seconds'] as const).map((unit) => (
    <span key={unit} className="countdown-part">
      <strong>{formatNumber(left[unit], i18n.language)}</strong> {t(`home.units.${unit}`, { count: left[unit] })}
    </span>
  ));
  return (
    <div className="countdown" aria-live="off">
      <p className="countdown-title">{t('home.countdown')}</p>
      <p className="countdown-parts">{parts}</p>
    </div>
  );
}
