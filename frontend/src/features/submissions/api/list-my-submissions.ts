import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const listMySubmissions = async () => data(await api.GET('/api/me/submissions'));
export const useMySubmissions = () => useQuery({ queryKey: ['submissions', 'mine'], queryFn: listMySubmissions });
