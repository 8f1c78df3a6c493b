import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const usePutDelegation = (editionId: number) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (companions: number[]) => data(await api.PUT('/api/editions/{editionId}/delegation',
      { params: { path: { editionId } }, body: { companions } })),
    onSuccess: (saved) => qc.setQueryData(['delegation', editionId], saved),
  });
};
