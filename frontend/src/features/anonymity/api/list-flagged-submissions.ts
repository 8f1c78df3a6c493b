import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type FlaggedSubmission = components['schemas']['FlaggedSubmission'];
export type AnonymityTerm = components['schemas']['AnonymityTerm'];

export const listFlaggedSubmissions = async (editionId: number, page: number) =>
  data(await api.GET('/api/editions/{editionId}/anonymity', { params: { path: { editionId }, query: { page, size: 20 } } }));
export const useFlaggedSubmissions = (editionId: number, page: number) =>
  useQuery({ queryKey: ['anonymity', editionId, page], queryFn: () => listFlaggedSubmissions(editionId, page) });
