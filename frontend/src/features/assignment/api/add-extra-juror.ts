import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

/** One more juror, the one the admin chose, for a project (origin EXTRA). */
export const addExtraJuror = async ({ editionId, round, submissionId, jurorId }: { editionId: number; round?: number; submissionId: number; jurorId: number }) =>
  data(await api.POST('/api/editions/{editionId}/ranking/{submissionId}/extra-juror', { params: { path: { editionId, submissionId }, query: round ? { round } : {} }, body: { jurorId } }));
export const useAddExtraJuror = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: addExtraJuror,
    onSuccess: (_d, v) => Promise.all([qc.invalidateQueries({ queryKey: ['assignments', v.editionId] }), qc.invalidateQueries({ queryKey: ['ranking', v.editionId] })]),
  });
};
