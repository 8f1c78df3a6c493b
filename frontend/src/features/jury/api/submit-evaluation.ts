import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const submitEvaluation = async (assignmentId: number) =>
  data(await api.POST('/api/jury/assignments/{assignmentId}/evaluation/submit', { params: { path: { assignmentId } } }));
export const useSubmitEvaluation = () => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: submitEvaluation, onSuccess: () => qc.invalidateQueries({ queryKey: ['jury'] }) });
};
