import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '@/lib/auth/session';
import type { Account } from '@/lib/api/types';

export function RequireRole({ role, children }: { role?: Account['role']; children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (!session) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname)}`} replace />;
  if (role && session.account.role !== role) {
    return (
      <div role="alert" className="alert alert-error">
        <p>{t('problems.status403')}</p>
      </div>
    );
  }
  return <>{children}</>;
}
