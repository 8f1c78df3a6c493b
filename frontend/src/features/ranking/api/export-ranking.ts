import { download } from '@/lib/api/download';

export const exportRanking = (editionId: number, separator: 'comma' | 'semicolon') =>
  download(`/api/editions/${editionId}/ranking/export?separator=${separator}`, `classement-${editionId}.csv`);
