import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { TransitionInput } from '@/lib/api/types';

/** One step of the lifecycle, with the reason of an early closing or the override of understaffed projects. */
export const transitionEdition = async ({ editionId, body }: { editionId: number; body: TransitionInput }) =>
  data(await api.POST('/api/editions/{editionId}/transitions', { params: { path: { editionId } }, body }));
export const useTransitionEdition = () => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: transitionEdition, onSuccess: () => qc.invalidateQueries() });
};
