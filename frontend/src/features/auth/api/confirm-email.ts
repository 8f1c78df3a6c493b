import { useMutation } from '@tanstack/react-query';
import i18n from 'i18next';
import { api, data } from '@/lib/api/client';
import { sessionStore } from '@/lib/auth/session';

/** Confirms a registered address with the token of the emailed link; the answer signs the teacher in. */
export const confirmEmail = async (body: { token: string }) => {
  const token = data(await api.POST('/api/auth/confirm-email', { body }));
  sessionStore.start(token);
  if (!localStorage.getItem('innovatice.language')) void i18n.changeLanguage(token.account.preferredLanguage);
  return token.account;
};
export const useConfirmEmail = () => useMutation({ mutationFn: confirmEmail });
