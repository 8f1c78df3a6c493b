import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { operations } from '@/lib/api/schema';

export type GalleryQuery = NonNullable<operations['listGallery']['parameters']['query']>;

export const listGallery = async (query: GalleryQuery) => data(await api.GET('/api/gallery', { params: { query } }));
/** A page of the public gallery; the previous page stays on screen while the next one loads. */
export const useGallery = (query: GalleryQuery) =>
  useQuery({ queryKey: ['gallery', 'list', query], queryFn: () => listGallery(query), placeholderData: keepPreviousData });
