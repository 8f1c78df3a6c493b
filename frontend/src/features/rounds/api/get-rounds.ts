import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const getRounds = async (editionId: number) =>
  data(await api.GET('/api/editions/{editionId}/rounds', { params: { path: { editionId } } }));
export const useRounds = (editionId: number, enabled = true) =>
  useQuery({ queryKey: ['rounds', editionId], queryFn: () => getRounds(editionId), enabled: enabled && editionId > 0, retry: false });
