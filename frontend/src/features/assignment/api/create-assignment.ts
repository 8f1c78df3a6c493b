import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const createAssignment = async ({ editionId, round, submissionId, jurorId }: { editionId: number; round?: number; submissionId: number; jurorId: number }) =>
  data(await api.POST('/api/editions/{editionId}/assignments', { params: { path: { editionId }, query: round ? { round } : {} }, body: { submissionId, jurorId } }));
export const useCreateAssignment = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createAssignment,
    onSuccess: (_d, v) => Promise.all([qc.invalidateQueries({ queryKey: ['assignments', v.editionId] }), qc.invalidateQueries({ queryKey: ['ranking', v.editionId] })]),
  });
};
