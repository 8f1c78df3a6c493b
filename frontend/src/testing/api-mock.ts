import { vi } from 'vitest';

type Handler = (request: Request, params: Record<string, string>) => Response | Promise<Response> | unknown;
type Route = { method: string; pattern: RegExp; keys: string[]; handler: Handler };

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' } });

export const problem = (status: number, slug: string, extra: Record<string, unknown> = {}) =>
  json({ type: `https://innovatice.ma/problems/${slug}`, title: slug, status, ...extra }, status);

/** A fake API: `mockApi({ 'GET /api/editions/current': edition, 'POST /api/auth/login': (req) => ... })`. */
export function mockApi(routes: Record<string, Handler | object>) {
  const table: Route[] = Object.entries(routes).map(([key, value]) => {
    const [method, path] = key.split(' ');
    const keys: string[] = [];
    const pattern = new RegExp(`^${path.replace(/\{(\w+)\}/g, (_m, k: string) => { keys.push(k); return '([^/?]+)'; })}(\\?.*)?$`);
    return { method, pattern, keys, handler: typeof value === 'function' ? (value as Handler) : () => value };
  });
  const calls: { method: string; path: string; body: unknown }[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(new URL(String(input), 'http://localhost'), init);
    const url = new URL(request.url, 'http://localhost');
    const text = request.method === 'GET' ? '' : await request.clone().text();
    calls.push({ method: request.method, path: url.pathname, body: text ? JSON.parse(text) : undefined });
    for (const route of table) {
      const match = route.method === request.method && route.pattern.exec(url.pathname + url.search);
      if (match) {
        const params = Object.fromEntries(route.keys.map((k, i) => [k, decodeURIComponent(match[i + 1])]));
        const out = await route.handler(request, params);
        return out instanceof Response ? out : json(out);
      }
    }
    return problem(404, 'not-found');
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock };
}
