import { useMutation } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const confirmPasswordReset = async (body: { token: string; password: string }) =>
  data(await api.POST('/api/auth/password-reset/confirm', { body }));
export const useConfirmPasswordReset = () => useMutation({ mutationFn: confirmPasswordReset });
