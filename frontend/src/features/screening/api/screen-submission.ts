import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

type ScreeningInput = components['schemas']['ScreeningInput'];
export const screenSubmission = async ({ submissionId, body }: { submissionId: number; body: ScreeningInput }) =>
  data(await api.PUT('/api/submissions/{submissionId}/screening', { params: { path: { submissionId } }, body }));
export const useScreenSubmission = (editionId: number) => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: screenSubmission, onSuccess: () => qc.invalidateQueries({ queryKey: ['screening', editionId] }) });
};
