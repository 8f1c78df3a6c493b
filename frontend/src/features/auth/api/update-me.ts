import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import { sessionStore } from '@/lib/auth/session';
import type { MeUpdate } from '@/lib/api/types';

export const updateMe = async (body: MeUpdate) => {
  const account = data(await api.PATCH('/api/me', { body }));
  sessionStore.updateAccount(account);
  return account;
};
export const useUpdateMe = () => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: updateMe, onSuccess: () => qc.invalidateQueries({ queryKey: ['me'] }) });
};
