import { useMutation } from '@tanstack/react-query';
import i18n from 'i18next';
import { api, data } from '@/lib/api/client';
import { sessionStore } from '@/lib/auth/session';

export const login = async (body: { email: string; password: string }) => {
  const token = data(await api.POST('/api/auth/login', { body }));
  sessionStore.start(token);
  if (!localStorage.getItem('innovatice.language')) void i18n.changeLanguage(token.account.preferredLanguage);
  return token.account;
};
export const useLogin = () => useMutation({ mutationFn: login });
