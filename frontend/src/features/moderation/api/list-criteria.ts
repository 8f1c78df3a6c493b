import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

/** The rubric of the edition, to name each score by its criterion. */
export const listCriteria = async (editionId: number) =>
  data(await api.GET('/api/editions/{editionId}/criteria', { params: { path: { editionId } } }));
export const useCriteria = (editionId: number, enabled: boolean) =>
  useQuery({ queryKey: ['editions', editionId, 'criteria'], queryFn: () => listCriteria(editionId), enabled });
