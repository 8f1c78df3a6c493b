import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '@/testing/api-mock';
import { account, renderRoute } from '@/testing/render';
import { criteria, edition } from '@/testing/fixtures';

const home = { 'GET /api/editions/current': edition(), 'GET /api/editions/{id}/criteria': criteria() };

describe('the operator’s identity (issue 21.8)', () => {
  it('shows no logo and names no organiser unless the operator configured them', async () => {
    const { calls } = mockApi({ ...home, 'GET /api/branding': {} });
    renderRoute('/');
    await screen.findByRole('heading', { name: /22e édition/ });
    expect(calls.some((c) => c.path === '/api/branding')).toBe(true);
    expect(within(screen.getByRole('banner')).queryByRole('img')).toBeNull();
    expect(screen.getByRole('contentinfo')).not.toHaveTextContent(/Organisé par|Microsoft|Ministère/);
  });

  it('shows the configured logo in the header with its text alternative, and the organiser in the footer', async () => {
    mockApi({ ...home, 'GET /api/branding': { logo: { url: '/brand/logo.svg', alt: 'Académie régionale' }, organiser: 'Association des enseignants' } });
    renderRoute('/');
    const logo = await within(screen.getByRole('banner')).findByRole('img', { name: 'Académie régionale' });
    expect(logo).toHaveAttribute('src', '/brand/logo.svg');
    expect(within(screen.getByRole('banner')).getByRole('link', { name: /^Académie régionale/ })).toHaveAttribute('href', '/');
    expect(await screen.findByText(/Organisé par .Association des enseignants./)).toBeInTheDocument();
  });

  it('keeps the page working when the branding cannot be read', async () => {
    mockApi(home);
    renderRoute('/');
    expect(await screen.findByRole('heading', { name: /22e édition/ })).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).queryByRole('img')).toBeNull();
  });
});

describe('the header on a phone (issue 21.7)', () => {
  it('folds the links behind a menu button that opens, closes with Escape and closes after a navigation', async () => {
    mockApi({ ...home, 'GET /api/branding': {}, 'GET /api/editions': [] });
    renderRoute('/');
    await screen.findByRole('heading', { name: /22e édition/ });
    const button = screen.getByRole('button', { name: 'Menu' });
    const menu = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(menu).not.toHaveClass('open');
    expect(within(menu).getByRole('navigation', { name: 'Navigation principale' })).toBeInTheDocument();

    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(menu).toHaveClass('open');
    await userEvent.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();

    await userEvent.click(button);
    await userEvent.click(within(menu).getByRole('link', { name: 'Éditions et lauréats' }));
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(menu).not.toHaveClass('open');
  });

  it('gives the administration’s pages a navigation of their own, apart from the public links', async () => {
    mockApi({ 'GET /api/branding': {}, 'GET /api/editions': [] });
    renderRoute('/admin', { as: account('ADMIN') });
    const admin = await screen.findByRole('navigation', { name: 'Administration' });
    for (const name of ['Éditions', 'Comptes', 'Journal d’audit', 'API (Swagger UI)']) {
      expect(within(admin).getByRole('link', { name })).toBeInTheDocument();
    }
    expect(within(screen.getByRole('navigation', { name: 'Navigation principale' })).queryByRole('link', { name: 'Comptes' })).toBeNull();
  });
});
