import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

/** The projects of the edition in one status (SUBMITTED while the call is open, UNDER_REVIEW during the evaluation), by title. */
export const listProjects = async (editionId: number, status: 'SUBMITTED' | 'UNDER_REVIEW') =>
  data(await api.GET('/api/submissions', { params: { query: { editionId, status, size: 100, sort: 'title' } } }));
export const useProjects = (editionId: number, status: 'SUBMITTED' | 'UNDER_REVIEW') =>
  useQuery({ queryKey: ['assignments', editionId, 'projects', status], queryFn: () => listProjects(editionId, status) });
