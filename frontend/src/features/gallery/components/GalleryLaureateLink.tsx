import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useGallery } from '../api/list-gallery';

/** Most projects of one edition the results page looks up (the contract's largest page). */
const EDITION_PAGE = 100;

/**
 * "Voir ce projet dans la galerie" under a laureate of the results page, when its teacher put it
 * in the gallery. Every card of an edition shares one request (the same query).
 */
export function GalleryLaureateLink({ editionId, submissionId }: { editionId: number; submissionId: number }) {
  const { t } = useTranslation();
  const gallery = useGallery({ edition: editionId, page: 0, size: EDITION_PAGE });
  if (!gallery.data?.items.some((item) => item.submissionId === submissionId)) return null;
  return <p><Link to={`/gallery/${submissionId}`}>{t('gallery.inGallery')}</Link></p>;
}
