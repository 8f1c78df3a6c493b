import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const closeCalibration = async ({ editionId, allowMissing }: { editionId: number; allowMissing: boolean }) =>
  data(await api.POST('/api/editions/{editionId}/calibration/close', { params: { path: { editionId } }, body: { allowMissing } }));
export const useCloseCalibration = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: closeCalibration,
    onSuccess: (closed, { editionId }) => {
      qc.setQueryData(['calibration', editionId], closed);
      void qc.invalidateQueries({ queryKey: ['calibration', editionId, 'report'] });
    },
  });
};
