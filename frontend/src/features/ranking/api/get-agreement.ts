import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const getAgreement = async (editionId: number) =>
  data(await api.GET('/api/editions/{editionId}/ranking/agreement', { params: { path: { editionId } } }));
/** Computed on the server when asked (a bootstrap): kept a minute, and never refetched on focus. */
export const useAgreement = (editionId: number) =>
  useQuery({ queryKey: ['ranking', editionId, 'agreement'], queryFn: () => getAgreement(editionId), retry: false, staleTime: 60_000, refetchOnWindowFocus: false });
