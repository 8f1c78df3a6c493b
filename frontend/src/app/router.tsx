import { lazy, type ComponentType } from 'react';
import { useRoutes, type RouteObject } from 'react-router';
import { Layout } from './Layout';
import { RequireRole } from './RequireRole';
import { NotFound } from './routes/NotFound';
import { HomePage } from '@/features/editions/components/HomePage';
import { ArchivePage } from '@/features/showcase/components/ArchivePage';
import { ResultsPage } from '@/features/showcase/components/ResultsPage';
import { VerifyPage } from '@/features/showcase/components/VerifyPage';
import { LoginPage } from '@/features/auth/components/LoginPage';
import { GalleryPage } from '@/features/gallery/components/GalleryPage';
import { GalleryProjectPage } from '@/features/gallery/components/GalleryProjectPage';
import { GalleryLaureateLink } from '@/features/gallery/components/GalleryLaureateLink';

/**
 * A page loaded when first visited: the visitor's first page carries the public pages only, and the
 * teacher's, juror's, coordinator's and administrator's screens are chunks of their own
 * (scripts/check-bundle-size.mjs holds the first page to its budget). Layout shows "Loading" meanwhile.
 */
function page<M>(load: () => Promise<M>, name: keyof M) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

const RegisterPage = lazy(async () => {
  const [{ RegisterPage: Register }, { PrivacyConsentField }] = await Promise.all([
    import('@/features/auth/components/RegisterPage'), import('@/features/privacy/components/PrivacyConsentField')]);
  return { default: () => <Register consent={(field) => <PrivacyConsentField {...field} />} /> };
});
const PrivacyPage = page(() => import('@/features/privacy/components/PrivacyPage'), 'PrivacyPage');
const ForgotPasswordPage = page(() => import('@/features/auth/components/ForgotPasswordPage'), 'ForgotPasswordPage');
const ResetPasswordPage = page(() => import('@/features/auth/components/ResetPasswordPage'), 'ResetPasswordPage');
const ConfirmEmailPage = page(() => import('@/features/auth/components/ConfirmEmailPage'), 'ConfirmEmailPage');
const ProfilePage = page(() => import('@/features/auth/components/ProfilePage'), 'ProfilePage');
const MyDataPage = page(() => import('@/features/mydata/components/MyDataPage'), 'MyDataPage');
const AccountErasedPage = page(() => import('@/features/mydata/components/AccountErasedPage'), 'AccountErasedPage');
const MySpacePage = page(() => import('@/features/submissions/components/MySpacePage'), 'MySpacePage');
const TeacherSubmissionRoute = page(() => import('./routes/TeacherSubmissionRoute'), 'TeacherSubmissionRoute');
const JuryHomeRoute = page(() => import('./routes/JuryHomeRoute'), 'JuryHomeRoute');
const CalibrationSamplePage = page(() => import('@/features/calibration/components/CalibrationSamplePage'), 'CalibrationSamplePage');
const ScoringPage = page(() => import('@/features/jury/components/ScoringPage'), 'ScoringPage');
const CoordinatorRoute = page(() => import('./routes/CoordinatorRoute'), 'CoordinatorRoute');
const AdminEditionsPage = page(() => import('@/features/editions/components/AdminEditionsPage'), 'AdminEditionsPage');
const AccountsPage = page(() => import('@/features/accounts/components/AccountsPage'), 'AccountsPage');
const AuditLogPage = page(() => import('@/features/audit/components/AuditLogPage'), 'AuditLogPage');
const OutboxPage = page(() => import('@/features/outbox/components/OutboxPage'), 'OutboxPage');
const RetentionPage = page(() => import('@/features/retention/components/RetentionPage'), 'RetentionPage');
const ShortlistPage = page(() => import('@/features/rounds/components/ShortlistPage'), 'ShortlistPage');
const AdminEditionRoute = page(() => import('./routes/AdminEditionRoute'), 'AdminEditionRoute');

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
      { path: '/register', element: <RegisterPage /> },
      { path: '/privacy', element: <PrivacyPage /> },
      { path: '/forgot-password', element: <ForgotPasswordPage /> },
      { path: '/reset-password', element: <ResetPasswordPage /> },
      { path: '/confirm-email', element: <ConfirmEmailPage /> },
      { path: '/profile', element: <RequireRole><ProfilePage /></RequireRole> },
      { path: '/my-data', element: <RequireRole><MyDataPage /></RequireRole> },
      { path: '/account-erased', element: <AccountErasedPage /> },
      { path: '/teacher', element: <RequireRole role="TEACHER"><MySpacePage /></RequireRole> },
      { path: '/teacher/submissions/:submissionId', element: <RequireRole role="TEACHER"><TeacherSubmissionRoute /></RequireRole> },
      // The address that the emails about a project link to.
      { path: '/my/submissions/:submissionId', element: <RequireRole role="TEACHER"><TeacherSubmissionRoute /></RequireRole> },
      { path: '/jury', element: <RequireRole role="JURY"><JuryHomeRoute /></RequireRole> },
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

/**
 * The pages, for a BrowserRouter (App) or a MemoryRouter (tests). The declarative router is used, not
 * createBrowserRouter's data router: no page uses loaders, actions or blockers, and the data router's
 * code would add about 16 KB gzip to the first public page.
 */
export function AppRoutes() {
  return useRoutes(routes);
}
