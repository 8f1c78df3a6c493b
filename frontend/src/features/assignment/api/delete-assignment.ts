import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const deleteAssignment = async ({ assignmentId }: { assignmentId: number; editionId: number }) =>
  data(await api.DELETE('/api/assignments/{assignmentId}', { params: { path: { assignmentId } } }));
export const useDeleteAssignment = () => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: deleteAssignment, onSuccess: (_d, v) => qc.invalidateQueries({ queryKey: ['assignments', v.editionId] }) });
};
