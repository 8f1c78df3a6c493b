import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const PAGE_SIZE = 10;
export const listEditionEvaluations = async (editionId: number, page: number) =>
  data(await api.GET('/api/editions/{editionId}/evaluations', { params: { path: { editionId }, query: { page, size: PAGE_SIZE } } }));
export const useEditionEvaluations = (editionId: number, page: number, enabled: boolean) =>
  useQuery({ queryKey: ['moderation', editionId, page], queryFn: () => listEditionEvaluations(editionId, page), enabled });
