import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';

export type AuditFilters = NonNullable<paths['/api/audit']['get']['parameters']['query']>;

export const listAudit = async (filters: AuditFilters) => data(await api.GET('/api/audit', { params: { query: filters } }));
export const useAudit = (filters: AuditFilters) => useQuery({ queryKey: ['audit', filters], queryFn: () => listAudit(filters) });
