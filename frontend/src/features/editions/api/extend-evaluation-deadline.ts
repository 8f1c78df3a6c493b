import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { EvaluationDeadlineInput } from '@/lib/api/types';

export const extendEvaluationDeadline = async ({ editionId, body }: { editionId: number; body: EvaluationDeadlineInput }) =>
  data(await api.POST('/api/editions/{editionId}/evaluation-deadline', { params: { path: { editionId } }, body }));
export const useExtendEvaluationDeadline = () => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: extendEvaluationDeadline, onSuccess: () => qc.invalidateQueries({ queryKey: ['editions'] }) });
};
