import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { ScoreInput } from '@/lib/api/types';

export const saveMyCalibrationScores = async ({ sampleId, scores }: { sampleId: number; scores: ScoreInput[] }) =>
  data(await api.PUT('/api/jury/calibration/samples/{sampleId}/scores', { params: { path: { sampleId } }, body: { scores } }));
export const useSaveMyCalibrationScores = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: saveMyCalibrationScores,
    onSuccess: (saved, { sampleId }) => {
      qc.setQueryData(['jury', 'calibration', 'sample', sampleId], saved);
      void qc.invalidateQueries({ queryKey: ['jury', 'calibration'], exact: true });
    },
  });
};
