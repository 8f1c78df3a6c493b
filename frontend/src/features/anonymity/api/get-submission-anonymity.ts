import { useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type AnonymityReport = components['schemas']['AnonymityReport'];
export type AnonymityFinding = components['schemas']['AnonymityFinding'];
export type AnonymityFile = components['schemas']['AnonymityFile'];

export const getSubmissionAnonymity = async (submissionId: number) =>
  data(await api.GET('/api/submissions/{submissionId}/anonymity', { params: { path: { submissionId } } }));

/**
 * The findings of a project, read again whenever its version or files change (the server keeps them
 * until then). Under the project's own query key, so that whatever refreshes the project refreshes them.
 */
export const useSubmissionAnonymity = (submissionId: number, version: number, files: string) =>
  useQuery({
    queryKey: ['submissions', submissionId, 'anonymity', version, files],
    queryFn: () => getSubmissionAnonymity(submissionId),
    placeholderData: (previous) => previous,
  });
