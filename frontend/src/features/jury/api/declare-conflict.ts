import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const declareConflict = async ({ assignmentId, reason }: { assignmentId: number; reason: string }) =>
  data(await api.POST('/api/jury/assignments/{assignmentId}/conflict', { params: { path: { assignmentId } }, body: { reason } }));
export const useDeclareConflict = () => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: declareConflict, onSuccess: () => qc.invalidateQueries({ queryKey: ['jury'] }) });
};
