import { download } from '@/lib/api/client';

export const downloadCertificate = (submissionId: number) =>
  download(`/api/submissions/${submissionId}/certificate`, `certificat-${submissionId}.pdf`);
