import { useMutation } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { RegistrationInput } from '@/lib/api/types';

export const register = async (body: RegistrationInput) => data(await api.POST('/api/auth/register', { body }));
export const useRegister = () => useMutation({ mutationFn: register });
