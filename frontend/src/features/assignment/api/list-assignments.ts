import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const listAssignments = async (editionId: number) =>
  data(await api.GET('/api/editions/{editionId}/assignments', { params: { path: { editionId } } }));
export const useAssignments = (editionId: number) =>
  useQuery({ queryKey: ['assignments', editionId, 'list'], queryFn: () => listAssignments(editionId) });
