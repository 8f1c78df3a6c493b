import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { CriterionInput } from '@/lib/api/types';

export const replaceCriteria = async ({ editionId, body }: { editionId: number; body: CriterionInput[] }) =>
  data(await api.PUT('/api/editions/{editionId}/criteria', { params: { path: { editionId } }, body }));
export const useReplaceCriteria = () => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: replaceCriteria, onSuccess: (_d, v) => qc.invalidateQueries({ queryKey: ['editions', v.editionId, 'criteria'] }) });
};
