import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

type Role = components['schemas']['Role'];
export const listAccounts = async (role: Role | undefined, q: string, page: number) =>
  data(await api.GET('/api/accounts', { params: { query: { role, q: q || undefined, page, size: 20 } } }));
export const useAccounts = (role: Role | undefined, q: string, page: number) =>
  useQuery({ queryKey: ['accounts', role ?? 'all', q, page], queryFn: () => listAccounts(role, q, page) });
