import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const listRetentionPasses = async (page: number) =>
  data(await api.GET('/api/retention/passes', { params: { query: { page, size: 20 } } }));
export const useRetentionPasses = (page: number) =>
  useQuery({ queryKey: ['retention', 'passes', page], queryFn: () => listRetentionPasses(page) });
