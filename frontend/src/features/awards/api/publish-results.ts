import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

/** Publishing is the edition's DELIBERATION → PUBLISHED step. */
export const publishResults = async (editionId: number) =>
  data(await api.POST('/api/editions/{editionId}/transitions', { params: { path: { editionId } }, body: { to: 'PUBLISHED' } }));
export const usePublishResults = () => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: publishResults, onSuccess: () => qc.invalidateQueries() });
};
