import { download } from '@/lib/api/download';

export const exportRanking = (editionId: number, separator: 'comma' | 'semicolon', round?: number) =>
  download(`/api/editions/${editionId}/ranking/export?separator=${separator}${round ? `&round=${round}` : ''}`,
    round ? `classement-${editionId}-tour-${round}.csv` : `classement-${editionId}.csv`);
