import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SWAGGER_UI_URL } from '@/config';
import { sessionStore } from '@/lib/auth/session';
import { openSwaggerUi } from '@/lib/auth/swaggerSession';

/** The token of the session now, if it is still valid. */
function currentToken(): string | null {
  const session = sessionStore.get();
  return session && session.expiresAt > Date.now() ? session.token : null;
}

/**
 * A link to Swagger UI that opens it in a new window signed in with this session's token (see
 * swaggerSession.ts); when the browser blocks the window, the link opens it the ordinary way,
 * without the token.
 */
export function SwaggerUiLink() {
  const { t } = useTranslation();
  const open = (e: MouseEvent<HTMLAnchorElement>) => {
    if (openSwaggerUi(SWAGGER_UI_URL, currentToken)) e.preventDefault();
  };
  return <a href={SWAGGER_UI_URL} target="_blank" onClick={open}>{t('nav.swagger')}</a>;
}
