import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const deleteAward = async (awardId: number) => data(await api.DELETE('/api/awards/{awardId}', { params: { path: { awardId } } }));
export const useDeleteAward = (editionId: number) => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: deleteAward, onSuccess: () => qc.invalidateQueries({ queryKey: ['awards', editionId] }) });
};
