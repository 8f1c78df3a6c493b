import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const listUnderReview = async (editionId: number) =>
  data(await api.GET('/api/submissions', { params: { query: { editionId, status: 'UNDER_REVIEW', size: 100, sort: 'title' } } }));
export const useUnderReview = (editionId: number) =>
  useQuery({ queryKey: ['assignments', editionId, 'under-review'], queryFn: () => listUnderReview(editionId) });
