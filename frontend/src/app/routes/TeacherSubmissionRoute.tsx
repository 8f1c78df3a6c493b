import { SubmissionPage } from '@/features/submissions/components/SubmissionPage';
import { RoundTimeline } from '@/features/rounds/components/RoundTimeline';
import { AnonymityWarning } from '@/features/anonymity/components/AnonymityWarning';
import { SubmitAnonymityCheck } from '@/features/anonymity/components/SubmitAnonymityCheck';
import { GalleryConsentCard } from '@/features/gallery/components/GalleryConsentCard';
import type { Submission } from '@/lib/api/types';

const timeline = (submissionId: number) => <RoundTimeline submissionId={submissionId} />;
/** A project of a blind edition: where its author still shows, on its page and again when she submits. */
const checks = (s: Submission) => <AnonymityWarning submission={s} />;
const confirmSubmit = (s: Submission, submit: () => void, cancel: () => void) => (
  <SubmitAnonymityCheck submission={s} onConfirm={submit} onCancel={cancel} />
);
const galleryConsent = (submissionId: number) => <GalleryConsentCard submissionId={submissionId} />;

/** A teacher's project with what other features add to it (its rounds, the anonymity checks, the gallery consent). */
export function TeacherSubmissionRoute() {
  return <SubmissionPage timeline={timeline} checks={checks} confirmSubmit={confirmSubmit} gallery={galleryConsent} />;
}
