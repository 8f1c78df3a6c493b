import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

/** The types a juror previews in the page (the others are only downloaded). */
export const PREVIEWABLE = ['application/pdf', 'image/png', 'image/jpeg'] as const;

export const isPreviewable = (contentType: string) => (PREVIEWABLE as readonly string[]).includes(contentType);

/**
 * The bytes of an evidence file of an assigned project, with the bearer token, typed as the stored
 * content type (checked by its bytes at upload), so that the browser renders a PDF or an image and
 * nothing else.
 */
export const getAssignedAttachment = async (assignmentId: number, attachmentId: number, contentType: string) => {
  const blob = data(await api.GET('/api/jury/assignments/{assignmentId}/attachments/{attachmentId}', {
    params: { path: { assignmentId, attachmentId } }, parseAs: 'blob',
  })) as Blob;
  return new Blob([blob], { type: contentType });
};

/** Kept for the page's life (the bytes do not change), under a key the `['jury']` invalidations leave alone. */
export const useAssignedAttachment = (assignmentId: number, attachmentId: number, contentType: string) =>
  useQuery({
    queryKey: ['jury-evidence', assignmentId, attachmentId],
    queryFn: () => getAssignedAttachment(assignmentId, attachmentId, contentType),
    staleTime: Infinity, gcTime: 60_000,
  });
