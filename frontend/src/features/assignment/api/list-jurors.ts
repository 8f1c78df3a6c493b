import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const listJurors = async () => data(await api.GET('/api/accounts', { params: { query: { role: 'JURY', size: 100 } } }));
export const useJurors = () => useQuery({ queryKey: ['accounts', 'jurors'], queryFn: listJurors });
