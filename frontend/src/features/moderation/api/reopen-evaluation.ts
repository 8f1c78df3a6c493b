import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const reopenEvaluation = async ({ evaluationId, reason }: { evaluationId: number; reason: string }) =>
  data(await api.POST('/api/evaluations/{evaluationId}/reopen', { params: { path: { evaluationId } }, body: { reason } }));
export const useReopenEvaluation = (editionId: number) => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: reopenEvaluation, onSuccess: () => qc.invalidateQueries({ queryKey: ['moderation', editionId] }) });
};
