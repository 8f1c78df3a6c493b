import { useMutation } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import { sessionStore } from '@/lib/auth/session';
import type { PasswordChange } from '@/lib/api/types';

/** Every token issued before the change is refused from then on: this session goes on with the new one. */
export const changePassword = async (body: PasswordChange) => {
  const token = data(await api.POST('/api/me/password', { body }));
  sessionStore.start(token);
  return token.account;
};
export const useChangePassword = () => useMutation({ mutationFn: changePassword });
