import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const withdrawSubmission = async (submissionId: number) =>
  data(await api.POST('/api/submissions/{submissionId}/withdraw', { params: { path: { submissionId } } }));
export const useWithdrawSubmission = () => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: withdrawSubmission, onSuccess: () => qc.invalidateQueries({ queryKey: ['submissions'] }) });
};
