import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, problem } from '@/testing/api-mock';
import { account, renderRoute } from '@/testing/render';
import { criteria, edition } from '@/testing/fixtures';

describe('opening an edition while another is open (issue 17, point 4)', () => {
  it('names the open edition and links to it, where its call can be closed', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    mockApi({
      'GET /api/editions/{id}': (_request: Request, params: Record<string, string>) => (params.id === '4'
        ? edition({ id: 4, number: 23, year: 2027, status: 'DRAFT', nextStatus: 'OPEN' })
        : edition({ id: 3, number: 22, year: 2026 })),
      'GET /api/editions/{id}/criteria': criteria(),
      'POST /api/editions/{id}/transitions': problem(409, 'edition-already-open', {
        detail: 'Edition 22 (2026) is already OPEN and only one edition can be open at a time: close its call first.',
        openEdition: { id: 3, number: 22, year: 2026 },
      }),
    });
    const { router } = renderRoute('/admin/editions/4', { as: account('ADMIN') });
    await userEvent.click(await screen.findByRole('button', { name: 'Ouvrir l’appel à projets' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('L’appel de la 22e édition (2026) est déjà ouvert, et une seule édition peut être ouverte à la fois : '
      + 'clôturez d’abord cet appel, puis ouvrez celui-ci.');
    await userEvent.click(within(alert).getByRole('link', { name: 'Aller à la 22e édition (2026)' }));
    expect(router.state.location.pathname).toBe('/admin/editions/3');
    expect(await screen.findByRole('button', { name: 'Clore l’appel et lancer l’évaluation' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
