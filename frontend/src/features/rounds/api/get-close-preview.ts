import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const getClosePreview = async (editionId: number, position: number) =>
  data(await api.GET('/api/editions/{editionId}/rounds/{position}/close-preview', { params: { path: { editionId, position } } }));
export const useClosePreview = (editionId: number, position: number) =>
  useQuery({ queryKey: ['rounds', editionId, position, 'close-preview'], queryFn: () => getClosePreview(editionId, position), retry: false, gcTime: 0 });
