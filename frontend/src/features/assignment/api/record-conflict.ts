import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { ConflictInput } from '@/lib/api/types';

export const recordConflict = async ({ editionId, body }: { editionId: number; body: ConflictInput }) =>
  data(await api.POST('/api/editions/{editionId}/conflicts', { params: { path: { editionId } }, body }));
export const useRecordConflict = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: recordConflict,
    onSuccess: (_d, v) => Promise.all([qc.invalidateQueries({ queryKey: ['assignments', v.editionId] }), qc.invalidateQueries({ queryKey: ['ranking', v.editionId] })]),
  });
};
