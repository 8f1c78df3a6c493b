import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const getPrivacyNotice = async () => data(await api.GET('/api/privacy-notice'));
/** The notice's facts change only when the operator restarts the application: read once per visit. */
export const usePrivacyNotice = () => useQuery({ queryKey: ['privacy-notice'], queryFn: getPrivacyNotice, staleTime: 5 * 60_000 });
