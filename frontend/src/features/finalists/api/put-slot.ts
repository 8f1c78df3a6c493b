import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { RoundKey, SlotInput } from '../types';

export const usePutSlot = ({ editionId, position }: RoundKey) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ submissionId, body }: { submissionId: number; body: SlotInput }) => data(await api.PUT(
      '/api/editions/{editionId}/rounds/{position}/slots/{submissionId}', { params: { path: { editionId, position, submissionId } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['slots', editionId, position] }),
  });
};
