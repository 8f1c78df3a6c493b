import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const getProgress = async (editionId: number) =>
  data(await api.GET('/api/editions/{editionId}/progress', { params: { path: { editionId } } }));
export const useProgress = (editionId: number) =>
  useQuery({ queryKey: ['assignments', editionId, 'progress'], queryFn: () => getProgress(editionId) });
