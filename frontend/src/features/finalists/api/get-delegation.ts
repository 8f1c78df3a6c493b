import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const useDelegation = (editionId: number) => useQuery({
  queryKey: ['delegation', editionId],
  queryFn: async () => data(await api.GET('/api/editions/{editionId}/delegation', { params: { path: { editionId } } })),
});
