import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const listPublicEditions = async () => data(await api.GET('/api/editions'));
export const usePublicEditions = () => useQuery({ queryKey: ['editions', 'list', 'all'], queryFn: listPublicEditions });
