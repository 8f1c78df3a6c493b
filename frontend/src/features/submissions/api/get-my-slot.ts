import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const useMySlot = (submissionId: number) => useQuery({
  queryKey: ['my-slot', submissionId],
  queryFn: async () => data(await api.GET('/api/submissions/{submissionId}/slot', { params: { path: { submissionId } } })),
});
