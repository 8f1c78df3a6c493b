import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export type ScreeningState = 'PENDING' | 'ELIGIBLE' | 'INELIGIBLE';
export type ScreeningFilter = { region?: string; state?: ScreeningState; page: number };

export const listScreening = async (editionId: number, { region, state, page }: ScreeningFilter) =>
  data(await api.GET('/api/editions/{editionId}/screening', {
    params: { path: { editionId }, query: { region: region || undefined, state, page, size: 20 } },
  }));
export const useScreening = (editionId: number, filter: ScreeningFilter) =>
  useQuery({ queryKey: ['screening', editionId, 'queue', filter], queryFn: () => listScreening(editionId, filter) });
