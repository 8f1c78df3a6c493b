import createClient, { type Middleware } from 'openapi-fetch';
import i18n from 'i18next';
import { sessionStore } from '@/lib/auth/session';
import type { paths } from './schema';
import { ApiError, toApiError } from './problem';

const auth: Middleware = {
  onRequest({ request }) {
    const session = sessionStore.get();
    if (session) request.headers.set('Authorization', `Bearer ${session.token}`);
    request.headers.set('Accept-Language', i18n.language || 'fr');
    return request;
  },
  async onResponse({ request, response }) {
    if (response.ok) return response;
    // An expired or revoked token: forget it, the routes then ask to log in again.
    if (response.status === 401 && request.headers.has('Authorization')) sessionStore.set(null);
    throw await toApiError(response, request.headers.get('Accept-Language'));
  },
  onError({ error }) {
    if (error instanceof ApiError) return error;
    return new ApiError(0, { type: 'network', title: String(error), status: 0 } as never);
  },
};

// `fetch` is looked up at each call (not captured once), so tests can replace it.
export const api = createClient<paths>({ baseUrl: window.location.origin, fetch: (request) => globalThis.fetch(request) });
api.use(auth);

/** The data of a successful answer; errors were already thrown as ApiError by the middleware. */
export function data<T>(result: { data?: T; error?: unknown }): T {
  if (result.error !== undefined) throw result.error;
  return result.data as T;
}
