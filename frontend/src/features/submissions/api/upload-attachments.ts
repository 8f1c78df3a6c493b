import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sessionStore } from '@/lib/auth/session';
import { ApiError } from '@/lib/api/problem';
import type { Attachment, Problem } from '@/lib/api/types';

/** Multipart upload through XMLHttpRequest, the one browser API that reports upload progress. */
export function uploadAttachments(submissionId: number, files: File[], onProgress: (fraction: number) => void,
  purpose: 'EVIDENCE' | 'AUTHORISATION' = 'EVIDENCE'): Promise<Attachment[]> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    files.forEach((f) => form.append('files', f, f.name));
    if (purpose !== 'EVIDENCE') form.append('purpose', purpose);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/submissions/${submissionId}/attachments`);
    const session = sessionStore.get();
    if (session) xhr.setRequestHeader('Authorization', `Bearer ${session.token}`);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as Attachment[]);
      else reject(new ApiError(xhr.status, (body as Problem) ?? { type: 'about:blank', title: xhr.statusText, status: xhr.status }));
    };
    xhr.onerror = () => reject(new ApiError(0, { type: 'network', title: 'network', status: 0 } as never));
    xhr.send(form);
  });
}

export const useUploadAttachments = (submissionId: number, purpose: 'EVIDENCE' | 'AUTHORISATION', onProgress: (fraction: number) => void) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (files: File[]) => uploadAttachments(submissionId, files, onProgress, purpose),
    onSettled: () => qc.invalidateQueries({ queryKey: ['submissions', submissionId] }),
  });
};
