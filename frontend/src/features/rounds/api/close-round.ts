import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { RoundCloseInput } from '@/lib/api/types';

export const closeRound = async ({ editionId, position, body }: { editionId: number; position: number; body: RoundCloseInput }) =>
  data(await api.POST('/api/editions/{editionId}/rounds/{position}/close', { params: { path: { editionId, position } }, body }));
export const useCloseRound = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: closeRound,
    onSuccess: (_r, { editionId }) => Promise.all([
      qc.invalidateQueries({ queryKey: ['rounds', editionId] }), qc.invalidateQueries({ queryKey: ['editions', editionId] }),
    ]),
  });
};
