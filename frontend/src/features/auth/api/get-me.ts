import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const getMe = async () => data(await api.GET('/api/me'));
export const useMe = () => useQuery({ queryKey: ['me'], queryFn: getMe });
