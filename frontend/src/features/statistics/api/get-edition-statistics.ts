import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const getEditionStatistics = async (editionId: number) =>
  data(await api.GET('/api/editions/{editionId}/statistics', { params: { path: { editionId } } }));
export const useEditionStatistics = (editionId: number) =>
  useQuery({ queryKey: ['statistics', editionId], queryFn: () => getEditionStatistics(editionId) });
