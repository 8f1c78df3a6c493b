import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const listAssignments = async (editionId: number, round?: number) =>
  data(await api.GET('/api/editions/{editionId}/assignments', { params: { path: { editionId }, query: round ? { round } : {} } }));
export const useAssignments = (editionId: number, round?: number) =>
  useQuery({ queryKey: ['assignments', editionId, 'list', round ?? 0], queryFn: () => listAssignments(editionId, round) });
