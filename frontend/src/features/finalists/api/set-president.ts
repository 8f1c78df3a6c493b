import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { RoundKey } from '../types';

/** Names the jury's president of a round among its jurors (admin); the answer is the round's minutes with the president. */
export const useSetPresident = ({ editionId, position }: RoundKey) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (jurorId: number) => data(await api.PUT('/api/editions/{editionId}/rounds/{position}/president', {
      params: { path: { editionId, position } }, body: { jurorId },
    })),
    onSuccess: (minutes) => qc.setQueryData(['minutes', editionId, position], minutes),
  });
};
