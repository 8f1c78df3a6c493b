import { useTranslation } from 'react-i18next';
import type { Laureate } from '@/lib/api/types';

export function LaureateCard({ laureate, regionName, levelName }: { laureate: Laureate; regionName: string; levelName: string }) {
  const { t } = useTranslation();
  return (
    <li className={`card laureate laureate-${laureate.kind.toLowerCase()}`}>
      <p className="badge-line">{t(`status.award.${laureate.kind}`)}</p>
      <h3 dir="auto">{laureate.title}</h3>
      <p dir="auto"><strong>{laureate.teacherName}</strong></p>
      <p className="muted">{[regionName, levelName, laureate.discipline].filter(Boolean).join(' · ')}</p>
      {laureate.summary && <p dir="auto">{laureate.summary}</p>}
      {laureate.citation && <blockquote dir="auto">{laureate.citation}</blockquote>}
    </li>
  );
}
