import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const listConflicts = async (editionId: number) =>
  data(await api.GET('/api/editions/{editionId}/conflicts', { params: { path: { editionId } } }));
export const useConflicts = (editionId: number) =>
  useQuery({ queryKey: ['assignments', editionId, 'conflicts'], queryFn: () => listConflicts(editionId) });
