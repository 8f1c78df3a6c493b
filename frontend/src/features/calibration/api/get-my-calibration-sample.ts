import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const getMyCalibrationSample = async (sampleId: number) =>
  data(await api.GET('/api/jury/calibration/samples/{sampleId}', { params: { path: { sampleId } } }));
export const useMyCalibrationSample = (sampleId: number) =>
  useQuery({ queryKey: ['jury', 'calibration', 'sample', sampleId], queryFn: () => getMyCalibrationSample(sampleId) });
