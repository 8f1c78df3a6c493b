import { download } from '@/lib/api/download';

export const downloadCertificate = (submissionId: number) =>
  download(`/api/submissions/${submissionId}/certificate`, `certificat-${submissionId}.pdf`);
