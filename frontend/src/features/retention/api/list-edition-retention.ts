import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const listEditionRetention = async () => data(await api.GET('/api/retention/editions'));
export const useEditionRetention = () => useQuery({ queryKey: ['retention', 'editions'], queryFn: listEditionRetention });
