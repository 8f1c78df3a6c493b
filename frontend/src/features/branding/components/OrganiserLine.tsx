import { useTranslation } from 'react-i18next';
import { isolate } from '@/lib/i18n/format';
import { useBranding } from '../api/get-branding';

/** The organiser the footer names, only when the operator set one (INNOVATICE_BRAND_ORGANISER). */
export function OrganiserLine() {
  const { t } = useTranslation();
  const organiser = useBranding().data?.organiser;
  if (!organiser) return null;
  return <p className="organiser">{t('identity.organisedBy', { name: isolate(organiser) })}</p>;
}
