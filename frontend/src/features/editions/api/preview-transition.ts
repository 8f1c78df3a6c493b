import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { EditionStatus } from '@/lib/api/types';

/** What a step would do now (a dry run): always asked afresh when the confirmation opens. */
export const previewTransition = async (editionId: number, to: EditionStatus) =>
  data(await api.GET('/api/editions/{editionId}/transitions/preview', { params: { path: { editionId }, query: { to } } }));
export const usePreviewTransition = (editionId: number, to: EditionStatus) =>
  useQuery({ queryKey: ['editions', editionId, 'preview', to], queryFn: () => previewTransition(editionId, to), staleTime: 0, gcTime: 0 });
