import { useMutation } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const requestPasswordReset = async (email: string) => data(await api.POST('/api/auth/password-reset', { body: { email } }));
export const useRequestPasswordReset = () => useMutation({ mutationFn: requestPasswordReset });
