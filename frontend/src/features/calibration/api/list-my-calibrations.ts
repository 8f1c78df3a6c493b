import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const listMyCalibrations = async () => data(await api.GET('/api/jury/calibration'));
export const useMyCalibrations = () => useQuery({ queryKey: ['jury', 'calibration'], queryFn: listMyCalibrations });
