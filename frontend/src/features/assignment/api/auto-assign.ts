import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const autoAssign = async ({ editionId, round }: { editionId: number; round?: number }) =>
  data(await api.POST('/api/editions/{editionId}/assignments/auto', { params: { path: { editionId }, query: round ? { round } : {} }, body: {} }));
export const useAutoAssign = () => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: autoAssign, onSuccess: (_d, { editionId }) => qc.invalidateQueries({ queryKey: ['assignments', editionId] }) });
};
