import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { RoundKey } from '../types';

export const useMinutes = ({ editionId, position }: RoundKey, enabled = true) => useQuery({
  queryKey: ['minutes', editionId, position],
  enabled,
  queryFn: async () => data(await api.GET('/api/editions/{editionId}/rounds/{position}/minutes', { params: { path: { editionId, position } } })),
});
