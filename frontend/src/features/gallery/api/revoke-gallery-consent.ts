import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const revokeGalleryConsent = async (submissionId: number) =>
  data(await api.DELETE('/api/submissions/{submissionId}/gallery', { params: { path: { submissionId } } }));
/** Takes the project out of the gallery; every gallery answer on screen is read again. */
export const useRevokeGalleryConsent = () => {
  const qc = useQueryClient();
  return useMutation({ mutationFn: revokeGalleryConsent, onSuccess: () => qc.invalidateQueries({ queryKey: ['gallery'] }) });
};
