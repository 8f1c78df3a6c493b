import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

/** The projects of the edition that may get an award: the ranking, with their title and score. */
export const listCandidates = async (editionId: number) =>
  data(await api.GET('/api/editions/{editionId}/ranking', { params: { path: { editionId } } }));
export const useCandidates = (editionId: number) =>
  useQuery({ queryKey: ['ranking', editionId], queryFn: () => listCandidates(editionId), retry: false });
