import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localized } from '@/lib/i18n/format';
import { useRegions, useSchoolLevels } from '@/lib/reference/reference';

type SelectProps = {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  value: string;
  onChange: (e: ChangeEvent<HTMLSelectElement>) => void;
  required?: boolean;
};

/** The 12 regions of the reference data, named in the user's language (registration and profile). */
export function RegionSelect(props: SelectProps) {
  const { t, i18n } = useTranslation();
  const regions = useRegions();
  return (
    <select {...props}>
      <option value="">{t('common.choose')}</option>
      {regions.data?.map((r) => <option key={r.code} value={r.code}>{localized(r.name, i18n.language)}</option>)}
    </select>
  );
}

/** The school levels of the reference data, named in the user's language (registration and profile). */
export function SchoolLevelSelect(props: SelectProps) {
  const { t, i18n } = useTranslation();
  const levels = useSchoolLevels();
  return (
    <select {...props}>
      <option value="">{t('common.choose')}</option>
      {levels.data?.map((l) => <option key={l.code} value={l.code}>{localized(l.label, i18n.language)}</option>)}
    </select>
  );
}
