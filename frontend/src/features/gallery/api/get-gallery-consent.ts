import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const getGalleryConsent = async (submissionId: number) =>
  data(await api.GET('/api/submissions/{submissionId}/gallery', { params: { path: { submissionId } } }));
export const useGalleryConsent = (submissionId: number) =>
  useQuery({ queryKey: ['gallery', 'consent', submissionId], queryFn: () => getGalleryConsent(submissionId) });
