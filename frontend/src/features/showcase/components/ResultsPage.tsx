import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '@/components/ErrorAlert';
import { ContentText, useInlineContent } from '@/components/ContentText';
import { editionTextLang } from '@/lib/i18n/content';
import { counted, formatDate, isolate, localized } from '@/lib/i18n/format';
import { DelegationBlock } from './DelegationBlock';
import { useRegions, useSchoolLevels } from '@/lib/reference/reference';
import { useEditionResults } from '../api/get-edition-results';
import { LaureateCard } from './LaureateCard';
import type { Edition, Laureate } from '@/lib/api/types';
import type { ReactNode } from 'react';

/** `galleryLink`: the link to a laureate's project in the gallery, given by the app (nothing when it is not there). */
export function ResultsPage({ galleryLink }: { galleryLink?: (editionId: number, submissionId: number) => ReactNode }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const editionId = Number(useParams().editionId);
  const results = useEditionResults(editionId);
  const inline = useInlineContent();
  const regions = useRegions();
  const levels = useSchoolLevels();
  const region = (code?: string) => localized(regions.data?.find((r) => r.code === code)?.name, lang);
  const level = (code?: string) => localized(levels.data?.find((l) => l.code === code)?.label, lang);
  /** The ceremony as far as the edition names it: date and venue, one of them, or nothing. */
  const ceremony = (e: Edition) => {
    const { ceremonyDate: date, ceremonyVenue: typed } = e;
    const venue = typed && inline(typed, editionTextLang(e, 'ceremonyVenue'));
    if (date && venue) return t('results.ceremony', { date: formatDate(date, lang), venue });
    if (date) return t('results.ceremonyOn', { date: formatDate(date, lang) });
    if (venue) return t('results.ceremonyAt', { venue });
    return '';
  };
  const card = (l: Laureate) => <LaureateCard key={l.submissionId} laureate={l} regionName={region(l.regionCode)} levelName={level(l.schoolLevel)}
    extra={galleryLink?.(l.editionId, l.submissionId)} showKind={false} />;
  return (
    <QueryState query={results}>
      {() => {
        const r = results.data!;
        const ceremonyLine = ceremony(r.edition);
        return (
          <>
            <h1>{t('results.title', { number: r.edition.number, year: r.edition.year })}</h1>
            <ContentText as="p" className="lead" text={r.edition.title} lang={editionTextLang(r.edition, 'title')} />
            <p>
              {t('results.figures', { projects: t('results.figuresProjects', counted(r.participants, lang)), regions: t('results.figuresRegions', counted(r.regions, lang)) })}
              {ceremonyLine && ` ${ceremonyLine}`}
            </p>
            <p><Link to={`/gallery?edition=${r.edition.id}`}>{t('gallery.resultsLink')}</Link></p>
            {r.winner && (
              <section aria-labelledby="winner" className="results-winner">
                <h2 id="winner">{t('results.winner')}</h2>
                <ul className="cards cards-winner">{card(r.winner)}</ul>
                {r.edition.forum && (
                  <p className="lead">{t('results.forum', { name: inline(r.edition.forum.name, editionTextLang(r.edition, 'forumName')), city: isolate(r.edition.forum.city), year: r.edition.forum.year })}</p>
                )}
              </section>
            )}
            <section aria-labelledby="laureates" className="results-laureates">
              <h2 id="laureates">{t('results.laureates')}</h2>
              {r.laureates.length === 0 ? <p className="muted">{t('results.noOther')}</p> : <ul className="cards">{r.laureates.map(card)}</ul>}
            </section>
            <DelegationBlock delegation={r.delegation} />
            {r.specialMentions.length > 0 && (
              <section aria-labelledby="mentions" className="results-mentions">
                <h2 id="mentions">{t('results.mentions')}</h2>
                <ul className="cards cards-mention">{r.specialMentions.map(card)}</ul>
              </section>
            )}
          </>
        );
      }}
    </QueryState>
  );
}
