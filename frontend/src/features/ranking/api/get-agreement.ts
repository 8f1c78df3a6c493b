import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const getAgreement = async (editionId: number, round?: number) =>
  data(await api.GET('/api/editions/{editionId}/ranking/agreement', { params: { path: { editionId }, query: round ? { round } : {} } }));
/** Computed on the server when asked (a bootstrap): kept a minute, and never refetched on focus. */
export const useAgreement = (editionId: number, round?: number) =>
  useQuery({
    queryKey: ['ranking', editionId, 'agreement', round ?? 0], queryFn: () => getAgreement(editionId, round),
    retry: false, staleTime: 60_000, refetchOnWindowFocus: false,
  });
