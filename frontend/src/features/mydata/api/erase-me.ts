import { useMutation } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type ErasureReport = components['schemas']['ErasureReport'];

/** Erases the caller's account (her current password confirms it); every token of the account dies with it. */
export const eraseMe = async (currentPassword: string) =>
  data(await api.POST('/api/me/erasure', { body: { currentPassword } }));
export const useEraseMe = () => useMutation({ mutationFn: eraseMe });
