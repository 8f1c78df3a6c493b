import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const getCurrentEdition = async () => data(await api.GET('/api/editions/current'));
export const useCurrentEdition = () => useQuery({ queryKey: ['editions', 'current'], queryFn: getCurrentEdition, retry: false });
