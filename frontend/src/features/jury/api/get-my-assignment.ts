import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const getMyAssignment = async (assignmentId: number) =>
  data(await api.GET('/api/jury/assignments/{assignmentId}', { params: { path: { assignmentId } } }));
export const useMyAssignment = (assignmentId: number) =>
  useQuery({ queryKey: ['jury', 'assignments', assignmentId], queryFn: () => getMyAssignment(assignmentId) });
