import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { SubmissionInput } from '@/lib/api/types';

export const createSubmission = async ({ editionId, body }: { editionId: number; body: SubmissionInput }) =>
  data(await api.POST('/api/editions/{editionId}/submissions', { params: { path: { editionId } }, body }));
export const useCreateSubmission = () => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: createSubmission, onSuccess: () => qc.invalidateQueries({ queryKey: ['submissions'] }) });
};
