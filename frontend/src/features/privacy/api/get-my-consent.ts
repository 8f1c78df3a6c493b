import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const getMyAccount = async () => data(await api.GET('/api/me'));
/**
 * The signed-in account as the server sees it now, so that a notice published after the session
 * began (or a session stored by an older client) is asked for at once.
 */
export const useMyConsent = (signedIn: boolean) =>
  useQuery({ queryKey: ['me'], queryFn: getMyAccount, enabled: signedIn, staleTime: 60_000 });
