import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const listCalibrationCandidates = async (editionId: number, sourceEditionId?: number) =>
  data(await api.GET('/api/editions/{editionId}/calibration/candidates', { params: { path: { editionId }, query: { sourceEditionId } } }));
export const useCalibrationCandidates = (editionId: number, sourceEditionId?: number) =>
  useQuery({
    queryKey: ['calibration', editionId, 'candidates', sourceEditionId ?? editionId],
    queryFn: () => listCalibrationCandidates(editionId, sourceEditionId),
    placeholderData: (previous) => previous,
  });
