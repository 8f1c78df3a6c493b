import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export type RedactableField = 'title' | 'summary' | 'description';

export const redactSubmission = async ({ submissionId, field, text }: { submissionId: number; field: RedactableField; text: string }) =>
  data(await api.POST('/api/submissions/{submissionId}/redactions', { params: { path: { submissionId } }, body: { field, text } }));
export const useRedactSubmission = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: redactSubmission,
    onSuccess: (_report, { submissionId }) => Promise.all([
      qc.invalidateQueries({ queryKey: ['anonymity'] }),
      qc.invalidateQueries({ queryKey: ['submissions', submissionId] }),
    ]),
  });
};
