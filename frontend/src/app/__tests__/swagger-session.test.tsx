import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '@/testing/api-mock';
import { account, renderPage } from '@/testing/render';
import { sessionStore } from '@/lib/auth/session';

/** A real window of this document (an iframe's), standing for the window Swagger UI opens in. */
function aWindow(): Window {
  const frame = document.createElement('iframe');
  document.body.appendChild(frame);
  return frame.contentWindow!;
}

const ready = { type: 'innovatice:swagger-ready' };

function post(data: unknown, source: Window, origin = window.location.origin) {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
}

describe('Swagger UI from the admin menu (issue 17, point 10)', () => {
  let swagger: Window;
  let answers: ReturnType<typeof vi.fn>;
  let open: ReturnType<typeof vi.spyOn>;

  beforeEach(async () => {
    swagger = aWindow();
    answers = vi.fn();
    swagger.postMessage = answers as unknown as Window['postMessage'];
    open = vi.spyOn(window, 'open').mockReturnValue(swagger);
    mockApi({});
    await renderPage('/verify', { as: account('ADMIN') });
    await userEvent.click(screen.getByRole('link', { name: 'API (Swagger UI)' }));
  });

  afterEach(() => {
    open.mockRestore();
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
  });

  it('opens Swagger UI in a new window that keeps its opener, with nothing in the URL', () => {
    expect(open).toHaveBeenCalledWith('/q/swagger-ui', '_blank');
  });

  it('answers the ready message of that window with the current token, to that window and this origin only', () => {
    post(ready, swagger);
    expect(answers).toHaveBeenCalledTimes(1);
    expect(answers).toHaveBeenCalledWith({ type: 'innovatice:swagger-token', token: 'test-token' }, window.location.origin);
  });

  it('gives the token of the moment, and nothing once logged out', () => {
    act(() => sessionStore.set({ token: 'renewed-token', expiresAt: Date.now() + 3_600_000, account: account('ADMIN') }));
    post(ready, swagger);
    expect(answers).toHaveBeenLastCalledWith({ type: 'innovatice:swagger-token', token: 'renewed-token' }, window.location.origin);
    act(() => sessionStore.set(null));
    post(ready, swagger);
    expect(answers).toHaveBeenCalledTimes(1);
  });

  it('answers no other origin, no other window and no other message', () => {
    post(ready, swagger, 'https://evil.example');
    post(ready, aWindow());
    post({ type: 'something-else' }, swagger);
    post('innovatice:swagger-ready', swagger);
    expect(answers).not.toHaveBeenCalled();
  });

  it('stores the token nowhere else', () => {
    post(ready, swagger);
    expect(sessionStorage.length).toBe(0);
    expect(document.cookie).toBe('');
    expect(Object.keys(localStorage)).toEqual(['innovatice.session']);
    expect(String(open.mock.calls[0][0])).not.toContain('test-token');
  });
});

describe('every Swagger UI link of the client opens it signed in', () => {
  it('the link on the administration page too (it used to open Swagger UI without the session)', async () => {
    const swagger = aWindow();
    const answers = vi.fn();
    swagger.postMessage = answers as unknown as Window['postMessage'];
    const open = vi.spyOn(window, 'open').mockReturnValue(swagger);
    try {
      mockApi({});
      await renderPage('/admin', { as: account('ADMIN') });
      const main = await screen.findByRole('main');
      await userEvent.click(within(main).getByRole('link', { name: 'API (Swagger UI)' }));
      expect(open).toHaveBeenCalledWith('/q/swagger-ui', '_blank');
      post(ready, swagger);
      expect(answers).toHaveBeenCalledWith({ type: 'innovatice:swagger-token', token: 'test-token' }, window.location.origin);
    } finally {
      open.mockRestore();
      document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    }
  });
});
