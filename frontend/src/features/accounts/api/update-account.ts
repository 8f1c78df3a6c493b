import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const setAccountEnabled = async ({ accountId, enabled }: { accountId: number; enabled: boolean }) =>
  data(await api.PATCH('/api/accounts/{accountId}', { params: { path: { accountId } }, body: { enabled } }));
export const useSetAccountEnabled = () => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: setAccountEnabled, onSuccess: () => qc.invalidateQueries({ queryKey: ['accounts'] }) });
};
