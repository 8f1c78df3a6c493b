import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { EditionInput } from '@/lib/api/types';

export const updateEdition = async ({ editionId, body }: { editionId: number; body: EditionInput }) =>
  data(await api.PUT('/api/editions/{editionId}', { params: { path: { editionId } }, body }));
export const useUpdateEdition = () => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: updateEdition, onSuccess: () => qc.invalidateQueries({ queryKey: ['editions'] }) });
};
