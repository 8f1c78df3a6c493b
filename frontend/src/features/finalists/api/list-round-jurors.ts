import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { RoundKey } from '../types';

/** The round's assignments (admin), read for its jurors; the same cache as the assignment screen's list of that round. */
export const useRoundAssignments = ({ editionId, position }: RoundKey) => useQuery({
  queryKey: ['assignments', editionId, 'list', position],
  queryFn: async () => data(await api.GET('/api/editions/{editionId}/assignments', { params: { path: { editionId }, query: { round: position } } })),
});
