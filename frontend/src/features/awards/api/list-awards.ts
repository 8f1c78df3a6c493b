import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const listAwards = async (editionId: number) =>
  data(await api.GET('/api/editions/{editionId}/awards', { params: { path: { editionId } } }));
export const useAwards = (editionId: number) => useQuery({ queryKey: ['awards', editionId], queryFn: () => listAwards(editionId) });
