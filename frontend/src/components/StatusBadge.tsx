import { useTranslation } from 'react-i18next';

export function StatusBadge({ kind, value }: { kind: 'edition' | 'submission' | 'evaluation' | 'award'; value: string }) {
  const { t } = useTranslation();
  return <span className={`badge badge-${value.toLowerCase()}`}>{t(`status.${kind}.${value}`)}</span>;
}
