import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const useRounds = (editionId: number) => useQuery({
  queryKey: ['rounds', editionId],
  queryFn: async () => data(await api.GET('/api/editions/{editionId}/rounds', { params: { path: { editionId } } })),
});
