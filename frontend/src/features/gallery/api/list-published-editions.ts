import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

/** The editions whose projects may be in the gallery (published or archived), newest first, for the filter. */
export const listPublishedEditions = async () =>
  (data(await api.GET('/api/editions')))
    .filter((e) => e.status === 'PUBLISHED' || e.status === 'ARCHIVED')
    .sort((a, b) => b.number - a.number);
export const usePublishedEditions = () =>
  useQuery({ queryKey: ['editions', 'list', 'published'], queryFn: listPublishedEditions });
