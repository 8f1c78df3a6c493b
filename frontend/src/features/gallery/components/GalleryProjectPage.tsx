import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert, Loading } from '@/components/ErrorAlert';
import { isApiError } from '@/lib/api/problem';
import { formatBytes, localized } from '@/lib/i18n/format';
import { useRegions, useSchoolLevels } from '@/lib/reference/reference';
import type { components } from '@/lib/api/schema';
import { useGalleryProject } from '../api/get-gallery-project';
import { ContentText } from '@/components/ContentText';
import { asLang } from '@/lib/i18n/content';
import { galleryFileUrl } from './galleryFiles';

type GalleryFile = components['schemas']['GalleryFile'];

/**
 * A project of the gallery: its presentation and the documents its teacher chose, images shown in
 * the page and PDFs in a frame of the file itself (served inline, in a sandbox, framable by this
 * site only), any other type as a download.
 */
export function GalleryProjectPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const submissionId = Number(useParams().submissionId);
  const project = useGalleryProject(submissionId);
  const regions = useRegions();
  const levels = useSchoolLevels();
  const back = <p><Link to="/gallery">{t('gallery.back')}</Link></p>;
  if (project.isPending) return <>{back}<Loading /></>;
  if (project.error) {
    return (
      <>
        {back}
        {isApiError(project.error) && project.error.status === 404
          ? <p role="alert" className="alert alert-info">{t('gallery.notFound')}</p>
          : <ErrorAlert error={project.error} />}
      </>
    );
  }
  const p = project.data!;
  const region = localized(regions.data?.find((r) => r.code === p.regionCode)?.name, lang);
  const level = localized(levels.data?.find((l) => l.code === p.schoolLevel)?.label, lang);
  return (
    <>
      {back}
      <article className={`gallery-project laureate-${p.kind.toLowerCase()}`} aria-labelledby="gallery-project-title">
        <p className="badge-line">{t(`status.award.${p.kind}`)} · <Link to={`/gallery?edition=${p.editionId}`}>{t('gallery.editionOf', { number: p.editionNumber, year: p.editionYear })}</Link></p>
        <h1 id="gallery-project-title" dir="auto">{p.title}</h1>
        <ContentText as="blockquote" text={p.citation} lang={asLang(p.citationLanguage)} />
        <dl className="facts">
          <dt>{t('gallery.teacher')}</dt><dd dir="auto">{p.teacherName}</dd>
          {region && <><dt>{t('gallery.region')}</dt><dd>{region}</dd></>}
          {level && <><dt>{t('gallery.level')}</dt><dd>{level}</dd></>}
          {p.discipline && <><dt>{t('gallery.discipline')}</dt><dd dir="auto">{p.discipline}</dd></>}
          {p.technologies.length > 0 && (
            <><dt>{t('gallery.technologies')}</dt><dd>{p.technologies.map((tech, i) => <Fragment key={i}>{i > 0 && (lang === 'ar' ? '، ' : ', ')}<bdi>{tech}</bdi></Fragment>)}</dd></>
          )}
        </dl>
        {p.summary && (
          <section aria-labelledby="gallery-summary">
            <h2 id="gallery-summary">{t('gallery.summary')}</h2>
            <p dir="auto" className="prewrap">{p.summary}</p>
          </section>
        )}
        <section aria-labelledby="gallery-evidence">
          <h2 id="gallery-evidence">{t('gallery.evidence')}</h2>
          {p.files.length === 0 ? <p className="muted">{t('gallery.noFiles')}</p> : (
            <ul className="gallery-files">
              {p.files.map((file) => <li key={file.id}><FilePreview submissionId={p.submissionId} file={file} /></li>)}
            </ul>
          )}
        </section>
      </article>
    </>
  );
}

function FilePreview({ submissionId, file }: { submissionId: number; file: GalleryFile }) {
  const { t, i18n } = useTranslation();
  const url = galleryFileUrl(submissionId, file.id);
  const size = formatBytes(file.sizeBytes, i18n.language);
  if (file.preview === 'IMAGE') {
    return (
      <figure className="gallery-figure">
        <img src={url} alt={file.filename} />
        <figcaption dir="auto">{file.filename}</figcaption>
      </figure>
    );
  }
  if (file.preview === 'PDF') {
    return (
      <figure className="gallery-figure">
        <iframe src={url} title={file.filename} />
        <figcaption>
          <span dir="auto">{file.filename}</span>{' '}
          <a href={url} target="_blank" rel="noopener">{t('gallery.openPdf', { size })}</a>
        </figcaption>
      </figure>
    );
  }
  return <a href={url} download={file.filename}>{t('gallery.download', { name: file.filename, size })}</a>;
}
