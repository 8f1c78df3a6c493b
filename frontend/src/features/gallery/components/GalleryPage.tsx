import { Fragment, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert, Loading } from '@/components/ErrorAlert';
import { Pager } from '@/components/Pager';
import { counted, localized } from '@/lib/i18n/format';
import { useRegions, useSchoolLevels } from '@/lib/reference/reference';
import { useGallery, type GalleryQuery } from '../api/list-gallery';
import { usePublishedEditions } from '../api/list-published-editions';
import { galleryFileUrl } from './galleryFiles';

const PAGE_SIZE = 12;
/** The search box's limit: the contract's maxLength of `q`. */
const MAX_QUERY = 100;
const FILTERS = ['edition', 'region', 'level', 'discipline'] as const;

/**
 * The public gallery: a search in the titles and summaries, filters by edition, region, level and
 * discipline, the projects as cards (with their first image), a pager. The search and the filters
 * live in the address, so a link (the results page's) can open a filtered gallery.
 */
export function GalleryPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(0, Number(params.get('page')) || 0);
  const query: GalleryQuery = { page, size: PAGE_SIZE };
  if (q) query.q = q;
  const edition = Number(params.get('edition'));
  if (edition > 0) query.edition = edition;
  if (params.get('region')) query.region = params.get('region')!;
  if (params.get('level')) query.level = params.get('level') as GalleryQuery['level'];
  if (params.get('discipline')) query.discipline = params.get('discipline')!;
  const gallery = useGallery(query);
  const editions = usePublishedEditions();
  const regions = useRegions();
  const levels = useSchoolLevels();
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const searchId = useId();

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };
  const search = (event: FormEvent) => {
    event.preventDefault();
    update({ q: text.trim() });
  };
  const regionName = (code?: string) => localized(regions.data?.find((r) => r.code === code)?.name, lang);
  const levelName = (code?: string) => localized(levels.data?.find((l) => l.code === code)?.label, lang);
  const filtered = Boolean(q) || FILTERS.some((f) => params.get(f));
  const result = gallery.data;
  const pages = result ? Math.max(1, Math.ceil(result.total / result.size)) : 1;

  return (
    <>
      <h1>{t('gallery.title')}</h1>
      <p className="lead">{t('gallery.intro')}</p>
      <div className="card gallery-search">
        <form role="search" className="gallery-query" onSubmit={search}>
          <label htmlFor={searchId}>{t('gallery.search')}</label>
          <div className="gallery-query-row">
            <input id={searchId} type="search" dir="auto" value={text} maxLength={MAX_QUERY} onChange={(e) => setText(e.target.value)} />
            <button type="submit">{t('gallery.searchButton')}</button>
          </div>
        </form>
        <fieldset className="gallery-filters">
          <legend>{t('gallery.filters')}</legend>
          <FilterSelect label={t('gallery.edition')} value={params.get('edition') ?? ''} onChange={(v) => update({ edition: v })}
            options={(editions.data ?? []).map((e) => ({ value: String(e.id), label: t('gallery.editionOf', { number: e.number, year: e.year }) }))} />
          <FilterSelect label={t('gallery.region')} value={params.get('region') ?? ''} onChange={(v) => update({ region: v })}
            options={(regions.data ?? []).map((r) => ({ value: r.code, label: localized(r.name, lang) }))} />
          <FilterSelect label={t('gallery.level')} value={params.get('level') ?? ''} onChange={(v) => update({ level: v })}
            options={(levels.data ?? []).map((l) => ({ value: l.code, label: localized(l.label, lang) }))} />
          <FilterSelect label={t('gallery.discipline')} value={params.get('discipline') ?? ''} onChange={(v) => update({ discipline: v })}
            options={(result?.disciplines ?? []).map((d) => ({ value: d, label: d }))} />
        </fieldset>
        {filtered && (
          <p><button type="button" className="secondary small" onClick={() => setParams(new URLSearchParams())}>{t('gallery.reset')}</button></p>
        )}
      </div>
      <ErrorAlert error={gallery.error} />
      {gallery.isPending && <Loading />}
      {result && (
        <section aria-labelledby="gallery-found">
          <h2 id="gallery-found" className="muted gallery-found" aria-live="polite">{t('gallery.found', counted(result.total, lang))}</h2>
          {result.items.length === 0 ? <p>{t('gallery.empty')}</p> : (
            <ul className="cards gallery-cards">
              {result.items.map((item) => (
                <li key={item.submissionId} className={`card gallery-card laureate-${item.kind.toLowerCase()}`}>
                  {item.coverFileId && <img src={galleryFileUrl(item.submissionId, item.coverFileId)} alt="" loading="lazy" className="gallery-cover" />}
                  <p className="badge-line">{t(`status.award.${item.kind}`)} · {t('gallery.editionOf', { number: item.editionNumber, year: item.editionYear })}</p>
                  <h3 dir="auto"><Link to={`/gallery/${item.submissionId}`} aria-label={t('gallery.open', { title: item.title })}>{item.title}</Link></h3>
                  <p dir="auto"><strong>{item.teacherName}</strong></p>
                  <p className="muted">{[regionName(item.regionCode), levelName(item.schoolLevel), item.discipline].filter(Boolean).map((part, i) => (
                    <Fragment key={i}>{i > 0 && ' · '}<bdi>{part}</bdi></Fragment>
                  ))}</p>
                  {item.summary && <p dir="auto" className="gallery-summary">{item.summary}</p>}
                  {item.fileCount > 0 && <p className="muted">{t('gallery.files', counted(item.fileCount, lang))}</p>}
                </li>
              ))}
            </ul>
          )}
          {pages > 1 && <Pager page={page} pages={pages} onPage={(p) => update({ page: p > 0 ? String(p) : '' })} />}
        </section>
      )}
    </>
  );
}

function FilterSelect({ label, value, options, onChange }: {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('gallery.all')}</option>
        {options.map((o) => <option key={o.value} value={o.value} dir="auto">{o.label}</option>)}
      </select>
    </div>
  );
}
