import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

/** Every enabled juror for one project: their load, their conflicts, and why they may not judge it. */
export const listCandidates = async (editionId: number, submissionId: number, round?: number) =>
  data(await api.GET('/api/editions/{editionId}/assignments/candidates', { params: { path: { editionId }, query: { submissionId, ...(round ? { round } : {}) } } }));
export const useCandidates = (editionId: number, submissionId: number, round?: number) =>
  useQuery({ queryKey: ['assignments', editionId, 'candidates', submissionId, round ?? 0], queryFn: () => listCandidates(editionId, submissionId, round) });
