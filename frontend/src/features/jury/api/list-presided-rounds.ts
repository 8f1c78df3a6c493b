import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const usePresidedRounds = () => useQuery({
  queryKey: ['presided-rounds'],
  queryFn: async () => data(await api.GET('/api/jury/presided-rounds')),
});
