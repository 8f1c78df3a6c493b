/**
 * Swagger UI signed in with this session, without the token being stored anywhere.
 *
 * The admin menu opens Swagger UI in a new window. Once it has loaded the contract, its page
 * (backend META-INF/resources/q/swagger-ui-session.js) posts `ready` to the window that opened it;
 * this window answers with the current token, posted to that window only and for this origin only.
 * A message counts only if it comes from the window this one opened and from this origin. Nothing
 * goes into localStorage, sessionStorage, cookies or the URL; Swagger UI keeps the token in memory.
 */
export const SWAGGER_READY = 'innovatice:swagger-ready';
export const SWAGGER_TOKEN = 'innovatice:swagger-token';

type Host = Pick<Window, 'open' | 'addEventListener' | 'removeEventListener' | 'setInterval' | 'clearInterval'> & {
  location: { origin: string };
};

/** The answer of this window to the messages of the Swagger UI window it opened. */
export function swaggerAnswer(opened: Window, origin: string, token: () => string | null) {
  return (event: MessageEvent) => {
    if (event.source !== opened || event.origin !== origin) return;
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null || (data as { type?: unknown }).type !== SWAGGER_READY) return;
    const current = token();
    if (current) opened.postMessage({ type: SWAGGER_TOKEN, token: current }, origin);
  };
}

/**
 * Opens Swagger UI in a new window and answers its `ready` with the token of the moment (so a token
 * renewed in between is the one given). Returns false when the browser blocked the window.
 */
export function openSwaggerUi(url: string, token: () => string | null, host: Host = window): boolean {
  // Not `noopener`: the new window needs its opener to ask for the token.
  const opened = host.open(url, '_blank');
  if (!opened) return false;
  const answer = swaggerAnswer(opened, host.location.origin, token);
  host.addEventListener('message', answer);
  // Stop listening once the window is closed.
  const watch = host.setInterval(() => {
    if (opened.closed) {
      host.removeEventListener('message', answer);
      host.clearInterval(watch);
    }
  }, 1000);
  return true;
}
