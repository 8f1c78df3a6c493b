import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { RoundsInput } from '@/lib/api/types';

export const updateRounds = async ({ editionId, body }: { editionId: number; body: RoundsInput }) =>
  data(await api.PUT('/api/editions/{editionId}/rounds', { params: { path: { editionId } }, body }));
export const useUpdateRounds = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: updateRounds,
    onSuccess: (saved, { editionId }) => {
      qc.setQueryData(['rounds', editionId], saved);
      return qc.invalidateQueries({ queryKey: ['editions'] });
    },
  });
};
