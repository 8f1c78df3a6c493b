import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

type Input = components['schemas']['GalleryConsentInput'];

export const putGalleryConsent = async ({ submissionId, input }: { submissionId: number; input: Input }) =>
  data(await api.PUT('/api/submissions/{submissionId}/gallery', { params: { path: { submissionId } }, body: input }));
export const usePutGalleryConsent = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: putGalleryConsent,
    onSuccess: (consent) => {
      qc.setQueryData(['gallery', 'consent', consent.submissionId], consent);
      void qc.invalidateQueries({ queryKey: ['gallery', 'list'] });
      void qc.invalidateQueries({ queryKey: ['gallery', 'project', consent.submissionId] });
    },
  });
};
