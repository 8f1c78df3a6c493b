import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

/** Every edition (drafts included for an administrator), to filter the emails by edition. */
export const listEditions = async () => data(await api.GET('/api/editions'));
export const useEditions = () => useQuery({ queryKey: ['editions', 'list', 'all'], queryFn: listEditions });
