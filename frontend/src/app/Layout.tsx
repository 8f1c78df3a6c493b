import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { LanguageSwitcher } from '@/components/LanguageSwitcher';
import { Loading } from '@/components/ErrorAlert';
import { sessionStore, useSession } from '@/lib/auth/session';
import { SwaggerUiLink } from '@/components/SwaggerUiLink';
import { PrivacyConsentGate } from '@/features/privacy/components/PrivacyConsentGate';
import { BrandLogo } from '@/features/branding/components/BrandLogo';
import { OrganiserLine } from '@/features/branding/components/OrganiserLine';

export function Layout() {
  const { t } = useTranslation();
  const session = useSession();
  const role = session?.account.role;
  const location = useLocation();
  const navigate = useNavigate();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // On a phone the links fold behind a menu button, so that the page's own action shows on the first screen.
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);

  useEffect(() => setMenuOpen(false), [location.pathname]);
  useEffect(() => {
    if (!menuOpen) return;
    const close = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setMenuOpen(false);
      menuButton.current?.focus();
    };
    document.addEventListener('keydown', close);
    return () => document.removeEventListener('keydown', close);
  }, [menuOpen]);

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
        <div className="header-bar">
          <Link to="/" className="brand">
            <BrandLogo />
            <span className="brand-text">
              InnovaTICE
              <span className="brand-sub">{t('app.tagline')}</span>
            </span>
          </Link>
          <button type="button" ref={menuButton} className="menu-button" aria-expanded={menuOpen} aria-controls="site-menu"
            onClick={() => setMenuOpen((open) => !open)}>
            <span className="menu-icon" aria-hidden="true" />
            {t('identity.menu')}
          </button>
        </div>
        <div id="site-menu" className={menuOpen ? 'header-menu open' : 'header-menu'}>
          <nav aria-label={t('nav.main')} className="main-nav">
            <ul className="nav-list">
              <li><NavLink to="/" end>{t('nav.home')}</NavLink></li>
              <li><NavLink to="/editions">{t('nav.archive')}</NavLink></li>
              <li><NavLink to="/gallery">{t('gallery.nav')}</NavLink></li>
              <li><NavLink to="/verify">{t('nav.verify')}</NavLink></li>
              {role === 'TEACHER' && <li><NavLink to="/teacher">{t('nav.teacher')}</NavLink></li>}
              {role === 'JURY' && <li><NavLink to="/jury">{t('nav.jury')}</NavLink></li>}
              {role === 'COORDINATOR' && <li><NavLink to="/coordinator">{t('nav.coordinator')}</NavLink></li>}
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
          {role === 'ADMIN' && (
            // The administration's pages on a line of their own, under the public links (one line at 1280 px).
            <nav aria-label={t('nav.admin')} className="sub-nav">
              <ul className="nav-list">
                <li><NavLink to="/admin" end>{t('identity.adminEditions')}</NavLink></li>
                <li><NavLink to="/admin/accounts">{t('nav.accounts')}</NavLink></li>
                <li><NavLink to="/admin/audit">{t('audit.nav')}</NavLink></li>
                <li><NavLink to="/admin/outbox">{t('outbox.nav')}</NavLink></li>
                <li><NavLink to="/admin/retention">{t('retention.nav')}</NavLink></li>
                <li><SwaggerUiLink /></li>
              </ul>
            </nav>
          )}
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {/* The signed-in areas are chunks loaded when first opened. */}
        <Suspense fallback={<div data-page-loading><Loading /></div>}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <OrganiserLine />
        <p>{t('app.footer')}</p>
        <p><Link to="/privacy">{t('privacy.footerLink')}</Link></p>
      </footer>
      <PrivacyConsentGate />
    </>
  );
}
