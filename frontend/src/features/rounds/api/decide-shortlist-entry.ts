import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { ShortlistDecision } from '@/lib/api/types';

export const decideShortlistEntry = async ({ editionId, position, submissionId, body }: {
  editionId: number; position: number; submissionId: number; body: ShortlistDecision;
}) => data(await api.PUT('/api/editions/{editionId}/rounds/{position}/shortlist/{submissionId}', {
  params: { path: { editionId, position, submissionId } }, body,
}));
/** After a decision, or a refusal because someone else decided first (409), the shortlist is read again. */
export const useDecideShortlistEntry = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: decideShortlistEntry,
    onSettled: (_r, _e, { editionId, position }) => qc.invalidateQueries({ queryKey: ['rounds', editionId, position, 'shortlist'] }),
  });
};
