import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { LanguageSwitcher } from '@/components/LanguageSwitcher';
import { sessionStore, useSession } from '@/lib/auth/session';
import { SwaggerUiLink } from '@/components/SwaggerUiLink';
import { Loading } from '@/components/ErrorAlert';
import { PrivacyConsentGate } from '@/features/privacy/components/PrivacyConsentGate';

export function Layout() {
  const { t } = useTranslation();
  const session = useSession();
  const role = session?.account.role;
  const location = useLocation();
  const navigate = useNavigate();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // After a client-side navigation, move the focus to the new page like a page load would.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);

  // The document title follows the page's heading, so that tabs, history and screen readers name the page.
  useEffect(() => {
    const node = main.current;
    if (!node) return;
    const update = () => {
      const heading = node.querySelector('h1')?.textContent?.trim();
      document.title = heading ? `${heading} — InnovaTICE` : 'InnovaTICE';
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(node, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, []);

  const logout = () => {
    sessionStore.set(null);
    void navigate('/');
  };

  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          InnovaTICE
          <span className="brand-sub">{t('app.tagline')}</span>
        </Link>
        <nav aria-label={t('nav.main')}>
          <ul className="nav-list">
            <li><NavLink to="/" end>{t('nav.home')}</NavLink></li>
            <li><NavLink to="/editions">{t('nav.archive')}</NavLink></li>
            <li><NavLink to="/gallery">{t('gallery.nav')}</NavLink></li>
            <li><NavLink to="/verify">{t('nav.verify')}</NavLink></li>
            {role === 'TEACHER' && <li><NavLink to="/teacher">{t('nav.teacher')}</NavLink></li>}
            {role === 'JURY' && <li><NavLink to="/jury">{t('nav.jury')}</NavLink></li>}
            {role === 'COORDINATOR' && <li><NavLink to="/coordinator">{t('nav.coordinator')}</NavLink></li>}
            {role === 'ADMIN' && (
              <>
                <li><NavLink to="/admin" end>{t('nav.admin')}</NavLink></li>
                <li><NavLink to="/admin/accounts">{t('nav.accounts')}</NavLink></li>
                <li><NavLink to="/admin/audit">{t('audit.nav')}</NavLink></li>
                <li><NavLink to="/admin/outbox">{t('outbox.nav')}</NavLink></li>
                <li><NavLink to="/admin/retention">{t('retention.nav')}</NavLink></li>
                <li><SwaggerUiLink /></li>
              </>
            )}
          </ul>
        </nav>
        <div className="header-tools">
          <LanguageSwitcher />
          {session ? (
            <>
              <NavLink to="/profile" className="who">{session.account.firstName} {session.account.lastName}</NavLink>
              <NavLink to="/my-data">{t('myData.nav')}</NavLink>
              <button type="button" className="secondary" onClick={logout}>{t('nav.logout')}</button>
            </>
          ) : (
            <>
              <NavLink to="/login">{t('nav.login')}</NavLink>
              <NavLink to="/register" className="button">{t('nav.register')}</NavLink>
            </>
          )}
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {/* The signed-in areas are chunks loaded when first opened. */}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
        <p><Link to="/privacy">{t('privacy.footerLink')}</Link></p>
      </footer>
      <PrivacyConsentGate />
    </>
  );
}
