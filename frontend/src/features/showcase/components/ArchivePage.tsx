import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '@/components/ErrorAlert';
import { ContentText } from '@/components/ContentText';
import { StatusBadge } from '@/components/StatusBadge';
import { editionTextLang } from '@/lib/i18n/content';
import { BarChart } from '@/components/BarChart';
import { formatDate } from '@/lib/i18n/format';
import { usePublicEditions } from '../api/list-editions';
import { usePublicStatistics } from '../api/get-public-statistics';

export function ArchivePage() {
  const { t, i18n } = useTranslation();
  const editions = usePublicEditions();
  const stats = usePublicStatistics();
  return (
    <>
      <h1>{t('archive.title')}</h1>
      <QueryState query={editions}>
        {() => (
          <ul className="cards">
            {editions.data!.map((e) => (
              <li key={e.id} className="card">
                <h2>
                  {t('archive.edition', { number: e.number, year: e.year })} <StatusBadge kind="edition" value={e.status} />
                </h2>
                <ContentText as="p" text={e.title} lang={editionTextLang(e, 'title')} />
                {e.ceremonyDate && <p className="muted">{t('edition.ceremony')} : {formatDate(e.ceremonyDate, i18n.language)} <ContentText text={e.ceremonyVenue} lang={editionTextLang(e, 'ceremonyVenue')} /></p>}
                {(e.status === 'PUBLISHED' || e.status === 'ARCHIVED') && (
                  <Link to={`/editions/${e.id}`}>{t('archive.resultsOf', { number: e.number })}</Link>
                )}
              </li>
            ))}
          </ul>
        )}
      </QueryState>
      {stats.data && (
        <section aria-labelledby="participation">
          <h2 id="participation">{t('archive.participation')}</h2>
          <BarChart
            title={t('archive.projectsPerEdition')}
            bars={stats.data.editions.map((e) => ({ label: t('archive.edition', { number: e.number, year: e.year }), value: e.submissions }))}
          />
        </section>
      )}
    </>
  );
}
