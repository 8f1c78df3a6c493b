import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export const getSubmissionResult = async (submissionId: number) =>
  data(await api.GET('/api/submissions/{submissionId}/result', { params: { path: { submissionId } } }));
export const useSubmissionResult = (submissionId: number, enabled: boolean) =>
  useQuery({ queryKey: ['submissions', submissionId, 'result'], queryFn: () => getSubmissionResult(submissionId), enabled, retry: false });
