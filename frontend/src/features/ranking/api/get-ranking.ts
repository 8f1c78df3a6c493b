import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const getRanking = async (editionId: number, round?: number) =>
  data(await api.GET('/api/editions/{editionId}/ranking', { params: { path: { editionId }, query: round ? { round } : {} } }));
export const useRanking = (editionId: number, round?: number) =>
  useQuery({ queryKey: ['ranking', editionId, 'round', round ?? 0], queryFn: () => getRanking(editionId, round), retry: false });
