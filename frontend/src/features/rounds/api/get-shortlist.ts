import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const getShortlist = async (editionId: number, position: number, region?: string) =>
  data(await api.GET('/api/editions/{editionId}/rounds/{position}/shortlist', {
    params: { path: { editionId, position }, query: region ? { region } : {} },
  }));
export const useShortlist = (editionId: number, position: number, region?: string, enabled = true) =>
  useQuery({
    queryKey: ['rounds', editionId, position, 'shortlist', region ?? ''], queryFn: () => getShortlist(editionId, position, region), retry: false, enabled,
  });
