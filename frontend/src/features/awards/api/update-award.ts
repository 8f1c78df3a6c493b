import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { Award } from '@/lib/api/types';

/** The French citation and its translations: all sent, since translations absent from an update are cleared. */
export const updateAward = async (award: Pick<Award, 'id' | 'kind' | 'rank' | 'citation' | 'citationTranslations' | 'version'>) =>
  data(await api.PUT('/api/awards/{awardId}', {
    params: { path: { awardId: award.id } },
    body: {
      kind: award.kind, rank: award.rank, citation: award.citation || null,
      citationTranslations: award.citationTranslations ?? {}, version: award.version,
    },
  }));
export const useUpdateAward = (editionId: number) => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: updateAward, onSettled: () => qc.invalidateQueries({ queryKey: ['awards', editionId] }) });
};
