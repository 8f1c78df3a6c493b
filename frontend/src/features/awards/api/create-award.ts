import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { AwardKind, CitationTranslations } from '@/lib/api/types';

export type NewAward = {
  editionId: number; submissionId: number; kind: AwardKind; rank: number; citation: string; citationTranslations: CitationTranslations;
};

export const createAward = async ({ editionId, submissionId, kind, rank, citation, citationTranslations }: NewAward) =>
  data(await api.POST('/api/editions/{editionId}/awards', {
    params: { path: { editionId } },
    body: { submissionId, kind, rank, citation: citation.trim() || null, citationTranslations },
  }));
export const useCreateAward = () => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: createAward, onSuccess: (_d, v) => qc.invalidateQueries({ queryKey: ['awards', v.editionId] }) });
};
