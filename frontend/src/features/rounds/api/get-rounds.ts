import { useQuery } from '@tanstack/react-query';
import { data } from '@/lib/api/client';
import { api, type JudgingRound } from '../contract';

export const getRounds = async (editionId: number) =>
  data(await api.GET('/api/editions/{editionId}/rounds', { params: { path: { editionId } } })) as JudgingRound[];
export const useRounds = (editionId: number) =>
  useQuery({ queryKey: ['rounds', editionId], queryFn: () => getRounds(editionId), enabled: editionId > 0, retry: false });
