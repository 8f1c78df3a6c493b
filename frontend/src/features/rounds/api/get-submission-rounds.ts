import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const getSubmissionRounds = async (submissionId: number) =>
  data(await api.GET('/api/submissions/{submissionId}/rounds', { params: { path: { submissionId } } }));
export const useSubmissionRounds = (submissionId: number) =>
  useQuery({ queryKey: ['submissions', submissionId, 'rounds'], queryFn: () => getSubmissionRounds(submissionId), retry: false });
