import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const getSubmission = async (submissionId: number) =>
  data(await api.GET('/api/submissions/{submissionId}', { params: { path: { submissionId } } }));
export const useSubmission = (submissionId: number) =>
  useQuery({ queryKey: ['submissions', submissionId], queryFn: () => getSubmission(submissionId) });
