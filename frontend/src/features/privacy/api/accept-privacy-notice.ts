import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import { sessionStore } from '@/lib/auth/session';

export const acceptPrivacyNotice = async (version: number) =>
  data(await api.POST('/api/me/privacy-consent', { body: { version } }));

/** Records the acceptance; the session's account then carries it (and the dialog closes). */
export const useAcceptPrivacyNotice = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: acceptPrivacyNotice,
    onSuccess: (account) => {
      sessionStore.updateAccount(account);
      qc.setQueryData(['me'], account);
    },
    // A 409: the notice changed since it was read; read it again.
    onError: () => qc.invalidateQueries({ queryKey: ['privacy-notice'] }),
  });
};
