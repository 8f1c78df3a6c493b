import { useMutation } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { EvaluationInput } from '@/lib/api/types';

export const saveEvaluation = async ({ assignmentId, body }: { assignmentId: number; body: EvaluationInput }) =>
  data(await api.PUT('/api/jury/assignments/{assignmentId}/evaluation', { params: { path: { assignmentId } }, body }));
export const useSaveEvaluation = () => useMutation({ mutationFn: saveEvaluation });
