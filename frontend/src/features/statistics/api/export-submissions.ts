import { download } from '@/lib/api/download';

export const exportSubmissions = (editionId: number, separator: 'comma' | 'semicolon') =>
  download(`/api/submissions/export?editionId=${editionId}&separator=${separator}`, `projets-${editionId}.csv`);
