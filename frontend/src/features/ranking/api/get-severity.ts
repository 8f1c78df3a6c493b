import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const getSeverity = async (editionId: number, round?: number) =>
  data(await api.GET('/api/editions/{editionId}/severity', { params: { path: { editionId }, query: round ? { round } : {} } }));
export const useSeverity = (editionId: number, round?: number) =>
  useQuery({ queryKey: ['ranking', editionId, 'severity', round ?? 0], queryFn: () => getSeverity(editionId, round), retry: false });
