import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

/** One more juror, the one the admin chose, for a project (origin EXTRA). */
export const addExtraJuror = async ({ editionId, submissionId, jurorId }: { editionId: number; submissionId: number; jurorId: number }) =>
  data(await api.POST('/api/editions/{editionId}/ranking/{submissionId}/extra-juror', { params: { path: { editionId, submissionId } }, body: { jurorId } }));
export const useAddExtraJuror = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: addExtraJuror,
    onSuccess: (_d, v) => Promise.all([qc.invalidateQueries({ queryKey: ['assignments', v.editionId] }), qc.invalidateQueries({ queryKey: ['ranking', v.editionId] })]),
  });
};
