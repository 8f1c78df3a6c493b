import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { ShortlistConfirmation } from '@/lib/api/types';

export const confirmShortlist = async ({ editionId, position, body }: { editionId: number; position: number; body: ShortlistConfirmation }) =>
  data(await api.POST('/api/editions/{editionId}/rounds/{position}/shortlist/confirm', { params: { path: { editionId, position } }, body }));
export const useConfirmShortlist = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: confirmShortlist,
    onSettled: (_r, _e, { editionId }) => Promise.all([
      qc.invalidateQueries({ queryKey: ['rounds', editionId] }), qc.invalidateQueries({ queryKey: ['editions', editionId] }),
    ]),
  });
};
