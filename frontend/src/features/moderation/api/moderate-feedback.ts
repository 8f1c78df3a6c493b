import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

type ModerationInput = components['schemas']['ModerationInput'];

export const moderateFeedback = async ({ evaluationId, body }: { evaluationId: number; body: ModerationInput }) =>
  data(await api.PUT('/api/evaluations/{evaluationId}/moderated-feedback', { params: { path: { evaluationId } }, body }));
export const useModerateFeedback = (editionId: number) => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: moderateFeedback, onSuccess: () => qc.invalidateQueries({ queryKey: ['moderation', editionId] }) });
};
