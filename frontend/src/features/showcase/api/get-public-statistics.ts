import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const getPublicStatistics = async () => data(await api.GET('/api/statistics'));
export const usePublicStatistics = () => useQuery({ queryKey: ['statistics', 'public'], queryFn: getPublicStatistics });
