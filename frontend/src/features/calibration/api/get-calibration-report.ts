import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const getCalibrationReport = async (editionId: number) =>
  data(await api.GET('/api/editions/{editionId}/calibration/report', { params: { path: { editionId } } }));
export const useCalibrationReport = (editionId: number) =>
  useQuery({ queryKey: ['calibration', editionId, 'report'], queryFn: () => getCalibrationReport(editionId) });
