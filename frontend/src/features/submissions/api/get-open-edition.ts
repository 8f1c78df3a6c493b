import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

/** The current call for projects, to start a project in it. */
export const getOpenEdition = async () => data(await api.GET('/api/editions/current'));
export const useOpenEdition = () => useQuery({ queryKey: ['editions', 'current'], queryFn: getOpenEdition, retry: false });
