import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const addExtraJuror = async ({ editionId, submissionId }: { editionId: number; submissionId: number }) =>
  data(await api.POST('/api/editions/{editionId}/ranking/{submissionId}/extra-juror', { params: { path: { editionId, submissionId } } }));
export const useAddExtraJuror = () => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: addExtraJuror, onSuccess: (_d, v) => qc.invalidateQueries({ queryKey: ['ranking', v.editionId] }) });
};
