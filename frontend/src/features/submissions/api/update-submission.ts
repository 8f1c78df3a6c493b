import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { SubmissionInput } from '@/lib/api/types';

export const updateSubmission = async ({ submissionId, body }: { submissionId: number; body: SubmissionInput }) =>
  data(await api.PUT('/api/submissions/{submissionId}', { params: { path: { submissionId } }, body }));
export const useUpdateSubmission = () => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: updateSubmission, onSuccess: (s) => qc.setQueryData(['submissions', s.id], s) });
};
