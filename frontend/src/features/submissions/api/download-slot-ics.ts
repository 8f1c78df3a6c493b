import { download } from '@/lib/api/download';

export const downloadMySlotIcs = (submissionId: number) =>
  download(`/api/submissions/${submissionId}/slot/ics`, 'presentation.ics');
