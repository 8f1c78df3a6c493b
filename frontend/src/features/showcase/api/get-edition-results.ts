import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const getEditionResults = async (editionId: number) =>
  data(await api.GET('/api/editions/{editionId}/results', { params: { path: { editionId } } }));
export const useEditionResults = (editionId: number) =>
  useQuery({ queryKey: ['results', editionId], queryFn: () => getEditionResults(editionId), retry: false });
