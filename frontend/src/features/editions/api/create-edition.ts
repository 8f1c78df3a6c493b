import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { EditionInput } from '@/lib/api/types';

export const createEdition = async (body: EditionInput) => data(await api.POST('/api/editions', { body }));
export const useCreateEdition = () => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: createEdition, onSuccess: () => qc.invalidateQueries({ queryKey: ['editions'] }) });
};
