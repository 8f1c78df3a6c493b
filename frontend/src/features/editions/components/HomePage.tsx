import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '@/components/ErrorAlert';
import { ContentText } from '@/components/ContentText';
import { StatusBadge } from '@/components/StatusBadge';
import { editionTextLang } from '@/lib/i18n/content';
import { formatNumber } from '@/lib/i18n/format';
import { useSession } from '@/lib/auth/session';
import { useCurrentEdition } from '../api/get-current-edition';
import { useCriteria } from '../api/list-criteria';
import { Countdown } from './Countdown';
import { callClosed, EditionDates } from './EditionDates';
import { RubricView } from './RubricView';

export function HomePage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const session = useSession();
  const current = useCurrentEdition();
  const criteria = useCriteria(current.data?.id);
  const [now] = useState(() => Date.now());
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <QueryState query={current}>
        {() => {
          const e = current.data!;
          const open = e.acceptingSubmissions && !callClosed(e, now);
          return (
            <section aria-labelledby="call-title" className="card">
              <h2 id="call-title">
                <ContentText text={e.title} lang={editionTextLang(e, 'title')} /> <StatusBadge kind="edition" value={e.status} />
              </h2>
              {e.theme && <p><strong>{t('edition.theme')}</strong> <ContentText text={e.theme} lang={editionTextLang(e, 'theme')} /></p>}
              {/* The time left and the way in come first: on a phone they show on the first screen. */}
              {open && <Countdown until={e.submissionsCloseAt} />}
              {callClosed(e, now) && e.status !== 'PUBLISHED' && e.status !== 'ARCHIVED' && <p className="alert alert-info">{t('home.closed')}</p>}
              {open && (
                <p>
                  <Link className="button" to={session?.account.role === 'TEACHER' ? '/teacher' : '/register'}>
                    {t('home.participate')}
                  </Link>
                </p>
              )}
              <dl className="facts">
                <EditionDates edition={e} now={now} />
                <dt>{t('edition.laureateCount')}</dt><dd>{formatNumber(e.laureateCount, lang)}</dd>
                {e.forum && (<><dt>{t('edition.forum')}</dt><dd><ContentText text={e.forum.name} lang={editionTextLang(e, 'forumName')} />, <span dir="auto">{e.forum.city}</span> ({e.forum.year})</dd></>)}
              </dl>
              {e.status === 'PUBLISHED' && <p><Link to={`/editions/${e.id}`}>{t('archive.results')}</Link></p>}
              {e.rules && (
                <section aria-labelledby="rules-title">
                  <h3 id="rules-title">{t('home.rules')}</h3>
                  <ContentText multiline className="prose" text={e.rules} lang={editionTextLang(e, 'rules')} />
                </section>
              )}
              {criteria.data && criteria.data.length > 0 && <RubricView criteria={criteria.data} />}
            </section>
          );
        }}
      </QueryState>
    </>
  );
}
