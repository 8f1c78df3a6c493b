import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const getBranding = async () => data(await api.GET('/api/branding'));
/** The operator's logo and organiser change only at a restart: read once per visit, and nothing shown if it fails. */
export const useBranding = () => useQuery({ queryKey: ['branding'], queryFn: getBranding, staleTime: Infinity, retry: false });
