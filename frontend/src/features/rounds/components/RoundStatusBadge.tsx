import { useTranslation } from 'react-i18next';
import type { RoundStatus } from '@/lib/api/types';

export function RoundStatusBadge({ status }: { status: RoundStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-round-${status.toLowerCase()}`}>{t(`rounds.status.${status}`)}</span>;
}
