import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const getRegions = async () => data(await api.GET('/api/reference/regions'));
export const useRegions = () => useQuery({ queryKey: ['reference', 'regions'], queryFn: getRegions, staleTime: Infinity });

export const getSchoolLevels = async () => data(await api.GET('/api/reference/school-levels'));
export const useSchoolLevels = () => useQuery({ queryKey: ['reference', 'levels'], queryFn: getSchoolLevels, staleTime: Infinity });
