import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { AccountCreation } from '@/lib/api/types';

export const createAccount = async (body: AccountCreation) => data(await api.POST('/api/accounts', { body }));
export const useCreateAccount = () => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: createAccount, onSuccess: () => qc.invalidateQueries({ queryKey: ['accounts'] }) });
};
