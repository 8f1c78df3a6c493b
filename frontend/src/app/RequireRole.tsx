import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '@/lib/auth/session';
import type { Account } from '@/lib/api/types';

/** `role`: the role, or the roles, that may see the page (COORDINATOR is being added to the contract's Role on another branch). */
export function RequireRole({ role, children }: { role?: Account['role'] | 'COORDINATOR' | (Account['role'] | 'COORDINATOR')[]; children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  if (!session) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname)}`} replace />;
  if (role && !(Array.isArray(role) ? role : [role]).includes(session.account.role)) {
    return (
      <div role="alert" className="alert alert-error">
        <p>{t('problems.status403')}</p>
      </div>
    );
  }
  return <>{children}</>;
}
