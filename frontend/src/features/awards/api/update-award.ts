import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { Award } from '@/lib/api/types';

export const updateAward = async (award: Pick<Award, 'id' | 'kind' | 'rank' | 'citation' | 'version'>) =>
  data(await api.PUT('/api/awards/{awardId}', {
    params: { path: { awardId: award.id } },
    body: { kind: award.kind, rank: award.rank, citation: award.citation || null, version: award.version },
  }));
export const useUpdateAward = (editionId: number) => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: updateAward, onSettled: () => qc.invalidateQueries({ queryKey: ['awards', editionId] }) });
};
