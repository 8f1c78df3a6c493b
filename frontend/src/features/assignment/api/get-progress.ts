import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const getProgress = async (editionId: number, round?: number) =>
  data(await api.GET('/api/editions/{editionId}/progress', { params: { path: { editionId }, query: round ? { round } : {} } }));
export const useProgress = (editionId: number, round?: number) =>
  useQuery({ queryKey: ['assignments', editionId, 'progress', round ?? 0], queryFn: () => getProgress(editionId, round) });
