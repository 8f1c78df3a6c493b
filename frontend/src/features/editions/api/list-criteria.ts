import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const listCriteria = async (editionId: number) =>
  data(await api.GET('/api/editions/{editionId}/criteria', { params: { path: { editionId } } }));
export const useCriteria = (editionId: number | undefined) =>
  useQuery({ queryKey: ['editions', editionId, 'criteria'], queryFn: () => listCriteria(editionId!), enabled: !!editionId });
