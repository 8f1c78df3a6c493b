import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const submitSubmission = async (submissionId: number) =>
  data(await api.POST('/api/submissions/{submissionId}/submit', { params: { path: { submissionId } } }));
export const useSubmitSubmission = () => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: submitSubmission, onSuccess: () => qc.invalidateQueries({ queryKey: ['submissions'] }) });
};
