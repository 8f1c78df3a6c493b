import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

type ChecklistItem = components['schemas']['ChecklistItem'];
export const replaceChecklist = async ({ editionId, items }: { editionId: number; items: ChecklistItem[] }) =>
  data(await api.PUT('/api/editions/{editionId}/screening-checklist', { params: { path: { editionId } }, body: { items } }));
export const useReplaceChecklist = (editionId: number) => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: replaceChecklist, onSuccess: () => qc.invalidateQueries({ queryKey: ['screening', editionId] }) });
};
