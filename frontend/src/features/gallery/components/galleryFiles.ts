/** The address of a public gallery file (same origin: the page shows it inline, the API lets only this site frame it). */
export const galleryFileUrl = (submissionId: number, fileId: number) => `/api/gallery/${submissionId}/files/${fileId}`;
