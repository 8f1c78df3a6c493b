import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, problem } from '@/testing/api-mock';
import { account, renderRoute } from '@/testing/render';
import { criteria, edition, preview } from '@/testing/fixtures';

describe('opening an edition while another is open (issue 17, point 4)', () => {
  it('names the open edition and links to it, where its call can be closed', async () => {
    mockApi({
      'GET /api/editions/{id}': (_request: Request, params: Record<string, string>) => (params.id === '4'
        ? edition({ id: 4, number: 23, year: 2027, status: 'DRAFT', nextStatus: 'OPEN' })
        : edition({ id: 3, number: 22, year: 2026 })),
      'GET /api/editions/{id}/criteria': criteria(),
      'GET /api/editions/{id}/transitions/preview': preview({ editionId: 4, from: 'DRAFT', to: 'OPEN', blockers: ['EDITION_ALREADY_OPEN'] }),
      'POST /api/editions/{id}/transitions': problem(409, 'edition-already-open', {
        detail: 'Edition 22 (2026) is already OPEN and only one edition can be open at a time: close its call first.',
        openEdition: { id: 3, number: 22, year: 2026 },
      }),
    });
    const { location } = renderRoute('/admin/editions/4', { as: account('ADMIN') });
    await userEvent.click(await screen.findByRole('button', { name: 'Ouvrir l’appel à projets' }));
    const dialog = await screen.findByRole('dialog', { name: 'Avant de passer à l’étape « Appel ouvert »' });
    expect(within(dialog).getByRole('alert')).toHaveTextContent(/Cette étape sera refusée tant que :.*une autre édition est ouverte/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirmer' }));
    const alert = (await within(dialog).findByText(/^L’appel de la 22e édition/)).closest<HTMLElement>('[role="alert"]')!;
    expect(alert).toHaveTextContent('L’appel de la 22e édition (2026) est déjà ouvert, et une seule édition peut être ouverte à la fois : '
      + 'clôturez d’abord cet appel, puis ouvrez celui-ci.');
    await userEvent.click(within(alert).getByRole('link', { name: 'Aller à la 22e édition (2026)' }));
    expect(location().pathname).toBe('/admin/editions/3');
    expect(await screen.findByRole('button', { name: 'Clore l’appel et lancer l’évaluation' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
