import { download } from '@/lib/api/download';

export const downloadAttachment = (submissionId: number, attachmentId: number, filename: string) =>
  download(`/api/submissions/${submissionId}/attachments/${attachmentId}`, filename);
