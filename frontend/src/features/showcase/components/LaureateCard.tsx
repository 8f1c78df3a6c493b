import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ContentText } from '@/components/ContentText';
import { asLang } from '@/lib/i18n/content';
import type { Laureate } from '@/lib/api/types';

/**
 * `extra`: what the app adds under the card (the link to the project in the gallery). `showKind`: the
 * distinction as a badge, left out where the section's heading already names it (the results page).
 */
export function LaureateCard({ laureate, regionName, levelName, extra, showKind = true }: {
  laureate: Laureate; regionName: string; levelName: string; extra?: ReactNode; showKind?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <li className={`card laureate laureate-${laureate.kind.toLowerCase()}`}>
      {showKind && <p className="badge-line">{t(`status.award.${laureate.kind}`)}</p>}
      <h3 dir="auto">{laureate.title}</h3>
      <p dir="auto"><strong>{laureate.teacherName}</strong></p>
      <p className="muted">{[regionName, levelName, laureate.discipline].filter(Boolean).join(' · ')}</p>
      {laureate.summary && <p dir="auto">{laureate.summary}</p>}
      <ContentText as="blockquote" text={laureate.citation} lang={asLang(laureate.citationLanguage)} />
      {extra}
    </li>
  );
}
