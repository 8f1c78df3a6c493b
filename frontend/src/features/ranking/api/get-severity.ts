import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const getSeverity = async (editionId: number) =>
  data(await api.GET('/api/editions/{editionId}/severity', { params: { path: { editionId } } }));
export const useSeverity = (editionId: number) =>
  useQuery({ queryKey: ['ranking', editionId, 'severity'], queryFn: () => getSeverity(editionId), retry: false });
