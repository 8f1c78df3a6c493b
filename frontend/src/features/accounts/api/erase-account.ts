import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

/** An administrator carries out a person's erasure request, with its reason (audited). */
export const eraseAccount = async ({ accountId, reason }: { accountId: number; reason: string }) =>
  data(await api.POST('/api/accounts/{accountId}/erasure', { params: { path: { accountId } }, body: { reason } }));
export const useEraseAccount = () => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: eraseAccount, onSuccess: () => qc.invalidateQueries({ queryKey: ['accounts'] }) });
};
