import { download } from '@/lib/api/download';

export const downloadAssignedAttachment = (assignmentId: number, attachmentId: number, name: string) =>
  download(`/api/jury/assignments/${assignmentId}/attachments/${attachmentId}`, name);
