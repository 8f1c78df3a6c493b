import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { EvaluationInput, JuryAssignment } from '@/lib/api/types';

export const saveEvaluation = async ({ assignmentId, body }: { assignmentId: number; body: EvaluationInput }) =>
  data(await api.PUT('/api/jury/assignments/{assignmentId}/evaluation', { params: { path: { assignmentId } }, body }));

/**
 * Saves a draft. The assignment's cached copy takes the saved evaluation (coming back to it shows the
 * answers and version just saved), and the list of assignments is fetched again at once: its status
 * ("Brouillon") is right as soon as an autosave is done, not after it goes stale.
 */
export const useSaveEvaluation = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: saveEvaluation,
    onSuccess: (saved, { assignmentId }) => {
      qc.setQueryData<JuryAssignment>(['jury', 'assignments', assignmentId], (old) => (old ? { ...old, evaluation: saved } : old));
      void qc.invalidateQueries({ queryKey: ['jury', 'assignments'], exact: true, refetchType: 'all' });
    },
  });
};
