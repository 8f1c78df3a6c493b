import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { EditionStatus } from '@/lib/api/types';

export const transitionEdition = async ({ editionId, to }: { editionId: number; to: EditionStatus }) =>
  data(await api.POST('/api/editions/{editionId}/transitions', { params: { path: { editionId } }, body: { to } }));
export const useTransitionEdition = () => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: transitionEdition, onSuccess: () => qc.invalidateQueries() });
};
