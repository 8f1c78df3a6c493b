import { useMutation } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import type { CertificateReissue as Correction } from '@/lib/api/types';

/** Empty fields are left out: the certificate keeps what it says for them. */
export const reissueCertificate = async ({ submissionId, correction }: { submissionId: number; correction: Correction }) => {
  const body: Correction = { reason: correction.reason };
  if (correction.firstName) body.firstName = correction.firstName;
  if (correction.lastName) body.lastName = correction.lastName;
  if (correction.schoolName) body.schoolName = correction.schoolName;
  if (correction.projectTitle) body.projectTitle = correction.projectTitle;
  return data(await api.POST('/api/submissions/{submissionId}/certificate/reissue', { params: { path: { submissionId } }, body }));
};
export const useReissueCertificate = () => useMutation({ mutationFn: reissueCertificate });
