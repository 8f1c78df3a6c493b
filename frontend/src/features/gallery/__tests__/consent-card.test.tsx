import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, problem } from '@/testing/api-mock';
import { account, renderRoute } from '@/testing/render';
import type { Submission } from '@/lib/api/types';
import type { components } from '@/lib/api/schema';

type Consent = components['schemas']['GalleryConsent'];

function submission(status: Submission['status']): Submission {
  return {
    id: 5, edition: { id: 1, number: 12, year: 2016, title: '12e édition', status: 'PUBLISHED', submissionsCloseAt: '2016-02-29T22:59:00Z' },
    author: { id: 7, firstName: 'Amina', lastName: 'Test' }, title: 'Robotique', coAuthors: [], technologies: ['Arduino'], status,
    editable: false, missingForSubmission: [], attachments: [], parentalAuthorisationsHeld: false, authorisations: [], version: 3, createdAt: '2016-01-02T10:00:00Z', updatedAt: '2016-05-25T10:00:00Z',
  };
}

const notConsented: Consent = {
  submissionId: 5, eligible: true, inGallery: false,
  files: [
    { id: 31, filename: 'maquette.png', contentType: 'image/png', sizeBytes: 2048, selected: false },
    { id: 32, filename: 'classe.jpg', contentType: 'image/jpeg', sizeBytes: 4096, selected: false, showsPupils: true },
  ],
};

/** The project's page with a fake server holding its gallery consent. */
function server(initial: Consent, status: Submission['status'] = 'WINNER') {
  let consent = initial;
  const puts: unknown[] = [];
  let deletes = 0;
  const routes = {
    'GET /api/reference/regions': [], 'GET /api/reference/school-levels': [],
    'GET /api/submissions/{id}': submission(status),
    'GET /api/submissions/{id}/result': { submissionId: 5, status, feedback: [], criteria: [], certificateAvailable: false },
    'GET /api/submissions/{id}/gallery': () => consent,
    'PUT /api/submissions/{id}/gallery': async (request: Request) => {
      const body = (await request.json()) as { files: { attachmentId: number }[] };
      puts.push(body);
      const chosen = new Set(body.files.map((f) => f.attachmentId));
      consent = { ...consent, inGallery: true, consentedAt: '2026-12-03T10:00:00Z',
        files: consent.files.map((f) => chosen.has(f.id) ? { ...f, selected: true, showsPupils: false } : { ...f, selected: false }) };
      return consent;
    },
    'DELETE /api/submissions/{id}/gallery': () => {
      deletes += 1;
      consent = { ...consent, inGallery: false, consentedAt: undefined, files: consent.files.map((f) => ({ ...f, selected: false })) };
      return new Response(null, { status: 204 });
    },
  };
  return { routes, puts, deletes: () => deletes };
}

describe('the teacher’s “Galerie publique” card', () => {
  it('publishes the chosen documents only with a no-pupils statement for each and the consent, then revokes at once', async () => {
    const fake = server(notConsented);
    const { calls } = mockApi(fake.routes);
    renderRoute('/teacher/submissions/5', { as: account('TEACHER') });
    const card = await screen.findByRole('region', { name: 'Galerie publique' });
    expect(within(card).getByText(/votre distinction et votre nom tels qu’ils figurent au palmarès/)).toBeInTheDocument();
    // A document declared as showing pupils cannot be chosen.
    expect(within(card).getByRole('checkbox', { name: /classe\.jpg/ })).toBeDisabled();
    expect(within(card).getByText('Déclaré comme montrant des élèves : il ne sera jamais publié.')).toBeInTheDocument();

    await userEvent.click(within(card).getByRole('checkbox', { name: /maquette\.png/ }));
    await userEvent.click(within(card).getByRole('button', { name: 'Publier dans la galerie' }));
    expect(within(card).getByRole('alert')).toHaveTextContent('Certifiez que chaque document choisi ne montre aucun élève');
    await userEvent.click(within(card).getByRole('checkbox', { name: /ne montre aucun élève/ }));
    await userEvent.click(within(card).getByRole('button', { name: 'Publier dans la galerie' }));
    expect(within(card).getByRole('alert')).toHaveTextContent('Cochez la case d’accord pour publier votre projet.');
    expect(fake.puts).toHaveLength(0);

    await userEvent.click(within(card).getByRole('checkbox', { name: /J’accepte que mon projet/ }));
    await userEvent.click(within(card).getByRole('button', { name: 'Publier dans la galerie' }));
    expect(await screen.findByText('C’est enregistré : la galerie montre votre choix dès maintenant.')).toBeInTheDocument();
    expect(fake.puts).toEqual([{ consent: true, files: [{ attachmentId: 31, showsNoPupils: true }] }]);
    const again = screen.getByRole('region', { name: 'Galerie publique' });
    expect(within(again).getByRole('link', { name: 'Voir ma page dans la galerie' })).toHaveAttribute('href', '/gallery/5');
    expect(within(again).getByRole('checkbox', { name: /maquette\.png/ })).toBeChecked();

    await userEvent.click(within(again).getByRole('button', { name: 'Retirer mon projet de la galerie' }));
    expect(await screen.findByText('Votre projet n’est plus dans la galerie.')).toBeInTheDocument();
    expect(fake.deletes()).toBe(1);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Retirer mon projet de la galerie' })).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Publier dans la galerie' })).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'DELETE').map((c) => c.path)).toEqual(['/api/submissions/5/gallery']);
  });

  it('names the document the server refused', async () => {
    const fake = server({ ...notConsented, files: [notConsented.files[0]] });
    mockApi({
      ...fake.routes,
      'PUT /api/submissions/{id}/gallery': problem(422, 'gallery-file-refused', {
        errors: [{ field: 'files[0].attachmentId', message: 'this file is declared as showing pupils' }],
      }),
    });
    renderRoute('/teacher/submissions/5', { as: account('TEACHER') });
    const card = await screen.findByRole('region', { name: 'Galerie publique' });
    await userEvent.click(within(card).getByRole('checkbox', { name: /maquette\.png/ }));
    await userEvent.click(within(card).getByRole('checkbox', { name: /ne montre aucun élève/ }));
    await userEvent.click(within(card).getByRole('checkbox', { name: /J’accepte que mon projet/ }));
    await userEvent.click(within(card).getByRole('button', { name: 'Publier dans la galerie' }));
    expect(await within(card).findByRole('alert')).toHaveTextContent('Certains documents ne peuvent pas être publiés : maquette.png');
    expect(within(card).getByText('Ce document ne peut pas être publié.')).toBeInTheDocument();
  });

  it('is not shown for a project that may not enter the gallery', async () => {
    const fake = server({ ...notConsented, eligible: false });
    mockApi(fake.routes);
    renderRoute('/teacher/submissions/5', { as: account('TEACHER') });
    expect(await screen.findByRole('heading', { level: 1, name: 'Robotique' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(/Chargement/)).not.toBeInTheDocument());
    expect(screen.queryByRole('region', { name: 'Galerie publique' })).not.toBeInTheDocument();
  });

  it('is not asked for a project not retained', async () => {
    const fake = server(notConsented, 'NOT_RETAINED');
    const { calls } = mockApi(fake.routes);
    renderRoute('/teacher/submissions/5', { as: account('TEACHER') });
    expect(await screen.findByRole('heading', { level: 1, name: 'Robotique' })).toBeInTheDocument();
    expect(calls.some((c) => c.path === '/api/submissions/5/gallery')).toBe(false);
  });
});
