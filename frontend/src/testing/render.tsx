import { render, waitFor } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { MemoryRouter, useLocation, type Location } from 'react-router';
import { AppProvider } from '@/app/provider';
import { AppRoutes } from '@/app/router';
import { sessionStore } from '@/lib/auth/session';
import type { Account } from '@/lib/api/types';

export function account(role: Account['role'], extra: Partial<Account> = {}): Account {
  return {
    id: 7, email: `${role.toLowerCase()}@test.ma`, firstName: 'Amina', lastName: 'Test', role, preferredLanguage: 'fr', enabled: true,
    createdAt: '2026-01-01T00:00:00Z', remindersEnabled: true,
    privacyNoticeVersion: 1, privacyAcceptedAt: '2026-01-01T00:00:00Z', privacyNoticeCurrentVersion: 1, privacyConsentRequired: false, ...extra,
  };
}

/** Renders the whole application at `path`, optionally logged in. */
export function renderRoute(path: string, { as }: { as?: Account } = {}) {
  if (as) sessionStore.set({ token: 'test-token', expiresAt: Date.now() + 3_600_000, account: as });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  let current: Location | undefined;
  const Spy = () => {
    current = useLocation();
    return null;
  };
  const view = render(
    <AppProvider client={client}>
      <MemoryRouter initialEntries={[path]}>
        <Spy />
        <AppRoutes />
      </MemoryRouter>
    </AppProvider>,
  );
  /** Where the application is now (after its redirects and navigations). */
  const location = (): Location => {
    if (!current) throw new Error('the router has not rendered yet');
    return current;
  };
  return { ...view, location };
}

/** Like renderRoute, once the page's own code (loaded lazily by the router) has replaced the loading line. */
export async function renderPage(path: string, options: { as?: Account } = {}) {
  const view = renderRoute(path, options);
  await waitFor(() => {
    if (document.querySelector('[data-page-loading]')) throw new Error(`${path} is still loading`);
  });
  return view;
}
