import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import { download } from '@/lib/api/download';
import type { components } from '@/lib/api/schema';

type S = components['schemas'];
export type RoundSlots = S['RoundSlots'];
export type FinalistSlot = S['FinalistSlot'];
export type PresentationSlot = S['PresentationSlot'];
export type SlotInput = S['SlotInput'];
export type RoundMinutes = S['RoundMinutes'];
export type PresidedRound = S['PresidedRound'];
export type Delegation = S['Delegation'];
export type DelegationMember = S['DelegationMember'];
export type PublicDelegation = S['PublicDelegation'];
export type MySlot = S['MySlot'];

type RoundKey = { editionId: number; position: number };

export const useRounds = (editionId: number) => useQuery({
  queryKey: ['rounds', editionId],
  queryFn: async () => data(await api.GET('/api/editions/{editionId}/rounds', { params: { path: { editionId } } })),
});

export const useSlots = ({ editionId, position }: RoundKey) => useQuery({
  queryKey: ['slots', editionId, position],
  queryFn: async () => data(await api.GET('/api/editions/{editionId}/rounds/{position}/slots', { params: { path: { editionId, position } } })),
});

export const usePutSlot = ({ editionId, position }: RoundKey) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ submissionId, body }: { submissionId: number; body: SlotInput }) => data(await api.PUT(
      '/api/editions/{editionId}/rounds/{position}/slots/{submissionId}', { params: { path: { editionId, position, submissionId } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['slots', editionId, position] }),
  });
};

export const useDeleteSlot = ({ editionId, position }: RoundKey) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (submissionId: number) => {
      const result = await api.DELETE('/api/editions/{editionId}/rounds/{position}/slots/{submissionId}',
        { params: { path: { editionId, position, submissionId } } });
      if (result.error !== undefined) throw result.error;
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: ['slots', editionId, position] }),
  });
};

export const useMinutes = ({ editionId, position }: RoundKey, enabled = true) => useQuery({
  queryKey: ['minutes', editionId, position],
  enabled,
  queryFn: async () => data(await api.GET('/api/editions/{editionId}/rounds/{position}/minutes', { params: { path: { editionId, position } } })),
});

export const useRecordMinutes = ({ editionId, position }: RoundKey) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (text: string) => data(await api.PUT('/api/editions/{editionId}/rounds/{position}/minutes',
      { params: { path: { editionId, position } }, body: { text } })),
    onSuccess: (saved) => qc.setQueryData(['minutes', editionId, position], saved),
  });
};

export const usePresidedRounds = () => useQuery({
  queryKey: ['presided-rounds'],
  queryFn: async () => data(await api.GET('/api/jury/presided-rounds')),
});

export const useDelegation = (editionId: number) => useQuery({
  queryKey: ['delegation', editionId],
  queryFn: async () => data(await api.GET('/api/editions/{editionId}/delegation', { params: { path: { editionId } } })),
});

export const usePutDelegation = (editionId: number) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (companions: number[]) => data(await api.PUT('/api/editions/{editionId}/delegation',
      { params: { path: { editionId } }, body: { companions } })),
    onSuccess: (saved) => qc.setQueryData(['delegation', editionId], saved),
  });
};

export const useMySlot = (submissionId: number) => useQuery({
  queryKey: ['my-slot', submissionId],
  queryFn: async () => data(await api.GET('/api/submissions/{submissionId}/slot', { params: { path: { submissionId } } })),
});

export const downloadMySlotIcs = (submissionId: number) =>
  download(`/api/submissions/${submissionId}/slot/ics`, 'presentation.ics');
