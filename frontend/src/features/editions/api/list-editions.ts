import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { EditionStatus } from '@/lib/api/types';

export const listEditions = async (status?: EditionStatus) => data(await api.GET('/api/editions', { params: { query: { status } } }));
export const useEditions = (status?: EditionStatus) => useQuery({ queryKey: ['editions', 'list', status ?? 'all'], queryFn: () => listEditions(status) });
