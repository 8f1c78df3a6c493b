import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const getRanking = async (editionId: number) =>
  data(await api.GET('/api/editions/{editionId}/ranking', { params: { path: { editionId } } }));
export const useRanking = (editionId: number) =>
  useQuery({ queryKey: ['ranking', editionId], queryFn: () => getRanking(editionId), retry: false });
