import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import { isApiError } from '@/lib/api/problem';

/** The edition's calibration, or null when it has none (404). */
export const getCalibration = async (editionId: number) => {
  try {
    return data(await api.GET('/api/editions/{editionId}/calibration', { params: { path: { editionId } } }));
  } catch (error) {
    if (isApiError(error) && error.status === 404) return null;
    throw error;
  }
};
export const useCalibration = (editionId: number) =>
  useQuery({ queryKey: ['calibration', editionId], queryFn: () => getCalibration(editionId) });
