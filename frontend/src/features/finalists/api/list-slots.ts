import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { RoundKey } from '../types';

export const useSlots = ({ editionId, position }: RoundKey) => useQuery({
  queryKey: ['slots', editionId, position],
  queryFn: async () => data(await api.GET('/api/editions/{editionId}/rounds/{position}/slots', { params: { path: { editionId, position } } })),
});
