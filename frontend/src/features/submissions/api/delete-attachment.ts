import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const deleteAttachment = async ({ submissionId, attachmentId }: { submissionId: number; attachmentId: number }) =>
  data(await api.DELETE('/api/submissions/{submissionId}/attachments/{attachmentId}', { params: { path: { submissionId, attachmentId } } }));
export const useDeleteAttachment = () => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: deleteAttachment, onSuccess: (_d, v) => qc.invalidateQueries({ queryKey: ['submissions', v.submissionId] }) });
};
