import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import type { RoundKey } from '../types';

export const useDeleteSlot = ({ editionId, position }: RoundKey) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (submissionId: number) => {
      const result = await api.DELETE('/api/editions/{editionId}/rounds/{position}/slots/{submissionId}',
        { params: { path: { editionId, position, submissionId } } });
      if (result.error !== undefined) throw result.error;
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: ['slots', editionId, position] }),
  });
};
