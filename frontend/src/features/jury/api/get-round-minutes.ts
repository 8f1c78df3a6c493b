import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const useRoundMinutes = (editionId: number, position: number) => useQuery({
  queryKey: ['minutes', editionId, position],
  queryFn: async () => data(await api.GET('/api/editions/{editionId}/rounds/{position}/minutes', { params: { path: { editionId, position } } })),
});
