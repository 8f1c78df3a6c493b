import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

/** The project as an administrator reads it, for the current text of the field to redact. */
export const getProjectText = async (submissionId: number) =>
  data(await api.GET('/api/submissions/{submissionId}', { params: { path: { submissionId } } }));
export const useProjectText = (submissionId: number) =>
  useQuery({ queryKey: ['submissions', submissionId], queryFn: () => getProjectText(submissionId) });
