import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const getChecklist = async (editionId: number) =>
  data(await api.GET('/api/editions/{editionId}/screening-checklist', { params: { path: { editionId } } }));
export const useChecklist = (editionId: number) =>
  useQuery({ queryKey: ['screening', editionId, 'checklist'], queryFn: () => getChecklist(editionId) });
