import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';

export type OutboxFilters = NonNullable<paths['/api/outbox']['get']['parameters']['query']>;

export const listOutbox = async (filters: OutboxFilters) => data(await api.GET('/api/outbox', { params: { query: filters } }));
export const useOutbox = (filters: OutboxFilters) => useQuery({ queryKey: ['outbox', filters], queryFn: () => listOutbox(filters) });
