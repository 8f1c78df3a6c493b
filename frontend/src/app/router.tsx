import { createBrowserRouter, createMemoryRouter, type RouteObject } from 'react-router';
import { Layout } from './Layout';
import { RequireRole } from './RequireRole';
import { NotFound } from './routes/NotFound';
import { AdminEditionRoute } from './routes/AdminEditionRoute';
import { CoordinatorRoute } from './routes/CoordinatorRoute';
import { HomePage } from '@/features/editions/components/HomePage';
import { AdminEditionsPage } from '@/features/editions/components/AdminEditionsPage';
import { ArchivePage } from '@/features/showcase/components/ArchivePage';
import { ResultsPage } from '@/features/showcase/components/ResultsPage';
import { VerifyPage } from '@/features/showcase/components/VerifyPage';
import { LoginPage } from '@/features/auth/components/LoginPage';
import { RegisterPage } from '@/features/auth/components/RegisterPage';
import { PrivacyConsentField } from '@/features/privacy/components/PrivacyConsentField';
import { PrivacyPage } from '@/features/privacy/components/PrivacyPage';
import { ProfilePage } from '@/features/auth/components/ProfilePage';
import { ForgotPasswordPage } from '@/features/auth/components/ForgotPasswordPage';
import { ResetPasswordPage } from '@/features/auth/components/ResetPasswordPage';
import { ConfirmEmailPage } from '@/features/auth/components/ConfirmEmailPage';
import { MySpacePage } from '@/features/submissions/components/MySpacePage';
import { SubmissionPage } from '@/features/submissions/components/SubmissionPage';
import { JuryHomePage } from '@/features/jury/components/JuryHomePage';
import { ScoringPage } from '@/features/jury/components/ScoringPage';
import { AccountsPage } from '@/features/accounts/components/AccountsPage';
import { AuditLogPage } from '@/features/audit/components/AuditLogPage';
import { OutboxPage } from '@/features/outbox/components/OutboxPage';
import { JuryCalibrationNotice } from '@/features/calibration/components/JuryCalibrationNotice';
import { CalibrationSamplePage } from '@/features/calibration/components/CalibrationSamplePage';
import { ShortlistPage } from '@/features/rounds/components/ShortlistPage';
import { RoundTimeline } from '@/features/rounds/components/RoundTimeline';
import { AnonymityWarning } from '@/features/anonymity/components/AnonymityWarning';
import { SubmitAnonymityCheck } from '@/features/anonymity/components/SubmitAnonymityCheck';
import type { Submission } from '@/lib/api/types';
import { MyDataPage } from '@/features/mydata/components/MyDataPage';
import { AccountErasedPage } from '@/features/mydata/components/AccountErasedPage';
import { RetentionPage } from '@/features/retention/components/RetentionPage';

const timeline = (submissionId: number) => <RoundTimeline submissionId={submissionId} />;
/** A project of a blind edition: where its author still shows, on its page and again when she submits. */
const checks = (s: Submission) => <AnonymityWarning submission={s} />;
const confirmSubmit = (s: Submission, submit: () => void, cancel: () => void) => (
  <SubmitAnonymityCheck submission={s} onConfirm={submit} onCancel={cancel} />
);
import { GalleryPage } from '@/features/gallery/components/GalleryPage';
import { GalleryProjectPage } from '@/features/gallery/components/GalleryProjectPage';
import { GalleryConsentCard } from '@/features/gallery/components/GalleryConsentCard';
import { GalleryLaureateLink } from '@/features/gallery/components/GalleryLaureateLink';

const galleryConsent = (submissionId: number) => <GalleryConsentCard submissionId={submissionId} />;
const galleryLink = (editionId: number, submissionId: number) => <GalleryLaureateLink editionId={editionId} submissionId={submissionId} />;

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/editions', element: <ArchivePage /> },
      { path: '/editions/:editionId', element: <ResultsPage galleryLink={galleryLink} /> },
      { path: '/gallery', element: <GalleryPage /> },
      { path: '/gallery/:submissionId', element: <GalleryProjectPage /> },
      { path: '/verify', element: <VerifyPage /> },
      { path: '/verify/:code', element: <VerifyPage /> },
      { path: '/login', element: <LoginPage /> },
      { path: '/register', element: <RegisterPage consent={(field) => <PrivacyConsentField {...field} />} /> },
      { path: '/privacy', element: <PrivacyPage /> },
      { path: '/forgot-password', element: <ForgotPasswordPage /> },
      { path: '/reset-password', element: <ResetPasswordPage /> },
      { path: '/confirm-email', element: <ConfirmEmailPage /> },
      { path: '/profile', element: <RequireRole><ProfilePage /></RequireRole> },
      { path: '/my-data', element: <RequireRole><MyDataPage /></RequireRole> },
      { path: '/account-erased', element: <AccountErasedPage /> },
      { path: '/teacher', element: <RequireRole role="TEACHER"><MySpacePage /></RequireRole> },
      { path: '/teacher/submissions/:submissionId', element: <RequireRole role="TEACHER"><SubmissionPage timeline={timeline} checks={checks} confirmSubmit={confirmSubmit} gallery={galleryConsent} /></RequireRole> },
      // The address that the emails about a project link to.
      { path: '/my/submissions/:submissionId', element: <RequireRole role="TEACHER"><SubmissionPage timeline={timeline} checks={checks} confirmSubmit={confirmSubmit} gallery={galleryConsent} /></RequireRole> },
      { path: '/jury', element: <RequireRole role="JURY"><JuryHomePage notice={<JuryCalibrationNotice />} /></RequireRole> },
      { path: '/jury/calibration/samples/:sampleId', element: <RequireRole role="JURY"><CalibrationSamplePage /></RequireRole> },
      { path: '/jury/assignments/:assignmentId', element: <RequireRole role="JURY"><ScoringPage /></RequireRole> },
      { path: '/coordinator/:tab?', element: <RequireRole role="COORDINATOR"><CoordinatorRoute /></RequireRole> },
      { path: '/admin', element: <RequireRole role="ADMIN"><AdminEditionsPage /></RequireRole> },
      { path: '/admin/accounts', element: <RequireRole role="ADMIN"><AccountsPage /></RequireRole> },
      { path: '/admin/audit', element: <RequireRole role="ADMIN"><AuditLogPage /></RequireRole> },
      { path: '/admin/outbox', element: <RequireRole role="ADMIN"><OutboxPage /></RequireRole> },
      { path: '/admin/retention', element: <RequireRole role="ADMIN"><RetentionPage /></RequireRole> },
      // A coordinator works on the shortlist of its own region (the API answers with that region only).
      { path: '/admin/editions/:editionId/rounds/:position/shortlist', element: <RequireRole role={['ADMIN', 'COORDINATOR']}><ShortlistPage /></RequireRole> },
      { path: '/admin/editions/:editionId/:tab?', element: <RequireRole role="ADMIN"><AdminEditionRoute /></RequireRole> },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export const createAppRouter = () => createBrowserRouter(routes);
export const createTestRouter = (path: string) => createMemoryRouter(routes, { initialEntries: [path] });
