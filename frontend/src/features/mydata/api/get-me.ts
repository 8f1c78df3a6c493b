import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

/** The caller's account (the same query as the profile's, shared through its key). */
export const getMe = async () => data(await api.GET('/api/me'));
export const useMe = () => useQuery({ queryKey: ['me'], queryFn: getMe });
