import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const getGalleryProject = async (submissionId: number) =>
  data(await api.GET('/api/gallery/{submissionId}', { params: { path: { submissionId } } }));
export const useGalleryProject = (submissionId: number) =>
  useQuery({ queryKey: ['gallery', 'project', submissionId], queryFn: () => getGalleryProject(submissionId), retry: false });
