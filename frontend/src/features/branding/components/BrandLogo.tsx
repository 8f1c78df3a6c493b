import { useBranding } from '../api/get-branding';

/** The operator's logo in the header, only when one is configured (INNOVATICE_BRAND_LOGO_URL). */
export function BrandLogo() {
  const logo = useBranding().data?.logo;
  if (!logo) return null;
  return <img className="brand-logo" src={logo.url} alt={logo.alt} />;
}
