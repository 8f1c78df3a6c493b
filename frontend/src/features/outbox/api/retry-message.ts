import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const retryMessage = async (messageId: number) =>
  data(await api.POST('/api/outbox/{messageId}/retry', { params: { path: { messageId } } }));
export const useRetryMessage = () => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: retryMessage, onSuccess: () => qc.invalidateQueries({ queryKey: ['outbox'] }) });
};
