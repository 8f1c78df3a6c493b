import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const useRecordMinutes = (editionId: number, position: number) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (text: string) => data(await api.PUT('/api/editions/{editionId}/rounds/{position}/minutes',
      { params: { path: { editionId, position } }, body: { text } })),
    onSuccess: (saved) => qc.setQueryData(['minutes', editionId, position], saved),
  });
};
