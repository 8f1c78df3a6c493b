import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { CalibrationInput } from '@/lib/api/types';

export const createCalibration = async ({ editionId, body }: { editionId: number; body: CalibrationInput }) =>
  data(await api.POST('/api/editions/{editionId}/calibration', { params: { path: { editionId } }, body }));
export const useCreateCalibration = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createCalibration,
    onSuccess: (created, { editionId }) => qc.setQueryData(['calibration', editionId], created),
  });
};
