import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockApi, problem } from '@/testing/api-mock';
import { account, renderRoute } from '@/testing/render';
import { sessionStore } from '@/lib/auth/session';

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(URL, 'createObjectURL');
});

describe('my data', () => {
  it('downloads the zip of the teacher’s data under the name the server gives', async () => {
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:zip'), revokeObjectURL: vi.fn() });
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    const { fetchMock } = mockApi({
      'GET /api/me': account('TEACHER'),
      'GET /api/me/data-export': () => new Response(new Blob(['PK']), {
        headers: { 'Content-Type': 'application/zip', 'Content-Disposition': 'attachment; filename="innovatice-mes-donnees-2026-12-03.zip"' },
      }),
    });
    renderRoute('/my-data', { as: account('TEACHER') });
    const section = await screen.findByRole('region', { name: 'Télécharger mes données' });
    expect(within(section).getByText(/les fichiers de vos projets/)).toBeInTheDocument();
    await userEvent.click(within(section).getByRole('button', { name: 'Télécharger l’archive' }));
    expect(await screen.findByText('Archive téléchargée.')).toBeInTheDocument();
    expect(saved).toEqual(['innovatice-mes-donnees-2026-12-03.zip']);
    const request = fetchMock.mock.calls.map(([r]) => r as Request).find((r) => String(r instanceof Request ? r.url : r).endsWith('/api/me/data-export'));
    expect(request).toBeDefined();
  });

  it('says when the export was made a moment ago', async () => {
    mockApi({ 'GET /api/me': account('JURY'), 'GET /api/me/data-export': problem(429, 'too-many-exports', { retryAfter: 40 }) });
    renderRoute('/my-data', { as: account('JURY') });
    await userEvent.click(await screen.findByRole('button', { name: 'Télécharger l’archive' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Vos données viennent d’être exportées');
    expect(screen.getByText(/vos évaluations, avec vos notes/)).toBeInTheDocument();
  });

  it('tells what is erased and kept, asks the password and the typed word, then signs out on a confirmation page', async () => {
    const { calls } = mockApi({
      'GET /api/me': account('TEACHER'),
      'POST /api/me/erasure': { accountId: 7, erasedAt: '2026-12-03T20:00:00Z', projectsDeleted: 2, projectsAnonymised: 1, filesErased: 3, emailsErased: 5 },
    });
    const { location } = renderRoute('/my-data', { as: account('TEACHER') });
    await userEvent.click(await screen.findByRole('button', { name: 'Supprimer mon compte…' }));
    const dialog = screen.getByRole('dialog', { name: 'Supprimer définitivement mon compte' });
    expect(within(dialog).getByText(/vos brouillons et vos projets des éditions dont les résultats ne sont pas encore publiés/)).toBeInTheDocument();
    expect(within(dialog).getByText(/« Participant·e anonymisé·e »/)).toBeInTheDocument();
    const confirm = within(dialog).getByRole('button', { name: 'Supprimer définitivement' });
    expect(confirm).toBeDisabled();
    await userEvent.type(within(dialog).getByLabelText('Mot de passe actuel'), 'correct-horse-42');
    await userEvent.type(within(dialog).getByLabelText('Tapez SUPPRIMER pour confirmer'), 'supprime');
    expect(confirm).toBeDisabled();
    await userEvent.type(within(dialog).getByLabelText('Tapez SUPPRIMER pour confirmer'), 'r');
    expect(confirm).toBeEnabled();
    await userEvent.click(confirm);

    await waitFor(() => expect(location().pathname).toBe('/account-erased'));
    await waitFor(() => expect(sessionStore.get()).toBeNull());
    expect(calls.find((c) => c.path === '/api/me/erasure')).toMatchObject({ method: 'POST', body: { currentPassword: 'correct-horse-42' } });
    expect(await screen.findByRole('heading', { name: 'Compte supprimé' })).toBeInTheDocument();
    expect(screen.getByText('Projets supprimés : 2')).toBeInTheDocument();
    expect(screen.getByText('Fichiers effacés : 3')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Mes données' })).not.toBeInTheDocument();
  });

  it('shows a wrong password next to its field and keeps the session', async () => {
    mockApi({
      'GET /api/me': account('TEACHER'),
      'POST /api/me/erasure': json({
        type: 'https://innovatice.ma/problems/validation', title: 'Invalid', status: 400,
        errors: [{ field: 'currentPassword', message: 'is not your current password' }],
      }, 400),
    });
    renderRoute('/my-data', { as: account('TEACHER') });
    await userEvent.click(await screen.findByRole('button', { name: 'Supprimer mon compte…' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('Mot de passe actuel'), 'wrong-password-1');
    await userEvent.type(within(dialog).getByLabelText('Tapez SUPPRIMER pour confirmer'), 'SUPPRIMER');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Supprimer définitivement' }));
    await waitFor(() => expect(within(dialog).getByLabelText('Mot de passe actuel')).toHaveAttribute('aria-invalid', 'true'));
    expect(sessionStore.get()?.token).toBe('test-token');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('is reached from the header once signed in', async () => {
    mockApi({ 'GET /api/me': account('TEACHER'), 'GET /api/reference/regions': [], 'GET /api/reference/school-levels': [] });
    const { location } = renderRoute('/profile', { as: account('TEACHER') });
    await userEvent.click(await screen.findByRole('link', { name: 'Mes données' }));
    await waitFor(() => expect(location().pathname).toBe('/my-data'));
  });
});

describe('administrators', () => {
  it('carry out an erasure request with its reason from the accounts page', async () => {
    const teacher = account('TEACHER', { id: 41, email: 'amina@test.ma' });
    const { calls } = mockApi({
      'GET /api/accounts': { items: [teacher], page: 0, size: 20, total: 1 },
      'GET /api/reference/regions': [],
      'POST /api/accounts/{accountId}/erasure': { accountId: 41, erasedAt: '2026-12-03T20:00:00Z', projectsDeleted: 0, projectsAnonymised: 1, filesErased: 1, emailsErased: 2 },
    });
    renderRoute('/admin/accounts', { as: account('ADMIN') });
    await userEvent.click(await screen.findByRole('button', { name: 'Effacer les données de amina@test.ma' }));
    const dialog = screen.getByRole('dialog', { name: 'Effacer les données' });
    expect(within(dialog).getByText('amina@test.ma')).toBeInTheDocument();
    const confirm = within(dialog).getByRole('button', { name: 'Effacer définitivement' });
    expect(confirm).toBeDisabled();
    await userEvent.type(within(dialog).getByLabelText('Motif (la demande reçue, sa date)'), 'Courrier du 2 décembre');
    await userEvent.click(confirm);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(calls.find((c) => c.path === '/api/accounts/41/erasure')).toMatchObject({ method: 'POST', body: { reason: 'Courrier du 2 décembre' } });
  });

  it('read when each edition’s evidence is or was erased and the passes of the job', async () => {
    mockApi({
      'GET /api/retention/editions': [
        { editionId: 3, number: 12, year: 2016, title: '12e édition', status: 'ARCHIVED', evidenceRetentionMonths: 24, publishedAt: '2016-05-25T10:00:00Z',
          dueAt: '2018-05-25T10:00:00Z', due: true, filesKept: 12, filesPending: 0, filesErased: 40, lastErasedAt: '2026-12-01T06:00:00Z' },
        { editionId: 5, number: 22, year: 2026, title: '22e édition', status: 'PUBLISHED', evidenceRetentionMonths: 6, publishedAt: '2026-06-01T10:00:00Z',
          dueAt: '2026-12-01T10:00:00Z', due: false, filesKept: 3, filesPending: 9, filesErased: 0 },
      ],
      'GET /api/retention/passes': { items: [{ id: 1, startedAt: '2026-12-01T06:00:00Z', finishedAt: '2026-12-01T06:00:02Z', editions: 1, files: 40, bytes: 4_200_000, errors: 0 }], page: 0, size: 20, total: 1 },
    });
    renderRoute('/admin/retention', { as: account('ADMIN') });
    const editions = await screen.findByRole('region', { name: 'Par édition' });
    const archived = await within(editions).findByRole('row', { name: /12e édition \(2016\)/ });
    expect(archived).toHaveTextContent('24 mois');
    expect(archived).toHaveTextContent('(effacées le');
    expect(within(editions).getByRole('row', { name: /22e édition \(2026\)/ })).toHaveTextContent('(à venir)');
    const passes = screen.getByRole('region', { name: 'Passages du traitement' });
    expect(await within(passes).findByText('1 passage')).toBeInTheDocument();
  });
});
