import { useTranslation } from 'react-i18next';

/** "Previous / page n of m / next" under a paged list; pages are counted from 0. */
export function Pager({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('common.pagination')} className="button-row">
      <button type="button" className="secondary" disabled={page === 0} onClick={() => onPage(page - 1)}>{t('common.previous')}</button>
      <span>{t('common.pageOf', { page: page + 1, pages })}</span>
      <button type="button" className="secondary" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)}>{t('common.next')}</button>
    </nav>
  );
}
