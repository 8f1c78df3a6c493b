import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const proposeAwards = async ({ editionId, regionalBalance, replace }: { editionId: number; regionalBalance: boolean; replace: boolean }) =>
  data(await api.POST('/api/editions/{editionId}/awards/proposal', { params: { path: { editionId } }, body: { regionalBalance, replace, scoreFloor: 50 } }));
export const useProposeAwards = () => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: proposeAwards, onSuccess: (_d, v) => qc.invalidateQueries({ queryKey: ['awards', v.editionId] }) });
};
