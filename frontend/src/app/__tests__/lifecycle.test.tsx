import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockApi } from '@/testing/api-mock';
import { account, renderRoute } from '@/testing/render';
import { criteria, edition, preview } from '@/testing/fixtures';
import type { Award, Edition } from '@/lib/api/types';

/** The admin page of an edition whose status moves when the transition is posted. */
function adminEdition(start: Edition, after: Edition, routes: Record<string, unknown>) {
  let current = start;
  return mockApi({
    'GET /api/editions/{id}': () => current,
    'GET /api/editions/{id}/criteria': criteria(),
    'POST /api/editions/{id}/transitions': () => {
      current = after;
      return current;
    },
    ...routes,
  });
}

const posted = (calls: { method: string; path: string; body: unknown }[]) =>
  calls.filter((c) => c.method === 'POST' && c.path === '/api/editions/3/transitions');

describe('lifecycle panel (issue 18, point 3)', () => {
  it('labels the current step, then the next step with its button', async () => {
    mockApi({ 'GET /api/editions/{id}': edition(), 'GET /api/editions/{id}/criteria': criteria() });
    renderRoute('/admin/editions/3', { as: account('ADMIN') });
    const next = await screen.findByRole('region', { name: 'Étape suivante\u00a0: Évaluation' });
    expect(within(next).getByRole('button', { name: 'Clore l’appel et lancer l’évaluation' })).toBeInTheDocument();
    expect(screen.getByText('Étape actuelle : Appel ouvert')).toBeInTheDocument();
    const steps = screen.getAllByRole('listitem').filter((li) => li.closest('ol.steps'));
    expect(steps.find((li) => li.getAttribute('aria-current') === 'step')).toHaveTextContent(/^Appel ouvert$/);
    expect(steps.find((li) => li.textContent?.startsWith('Évaluation'))).toHaveTextContent('Évaluation (étape suivante)');
  });

  it('previews an early closing, asks for its reason and moves only on "Confirmer"', async () => {
    const { calls } = adminEdition(edition(), edition({ status: 'EVALUATION', nextStatus: 'DELIBERATION', version: 2 }), {
      'GET /api/editions/{id}/transitions/preview': preview({
        reasonRequired: true, submissionsCloseAt: '2099-03-31T22:59:00Z', enteringReview: 2,
        drafts: [{ submissionId: 9, title: 'Herbier inachevé', authorName: 'Karim Alaoui' }],
      }),
    });
    renderRoute('/admin/editions/3', { as: account('ADMIN') });
    const open = await screen.findByRole('button', { name: 'Clore l’appel et lancer l’évaluation' });
    await userEvent.click(open);

    const dialog = await screen.findByRole('dialog', { name: 'Avant de passer à l’étape « Évaluation »' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(await within(dialog).findByText('2 projets soumis passeront en évaluation.')).toBeInTheDocument();
    expect(within(dialog).getByText('1 brouillon ne sera pas évalué (il reste un brouillon) :')).toBeInTheDocument();
    expect(within(dialog).getByText('« Herbier inachevé » — Karim Alaoui')).toBeInTheDocument();
    expect(within(dialog).getByText(/^La clôture annoncée est le 31 mars 2099 .* clôture anticipée/)).toBeInTheDocument();
    expect(posted(calls)).toHaveLength(0);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirmer' }));
    const reason = within(dialog).getByLabelText('Motif de la clôture anticipée');
    expect(reason).toHaveAccessibleDescription(/Indiquez le motif \(3 caractères au moins\)\./);
    expect(reason).toHaveFocus();
    expect(posted(calls)).toHaveLength(0);

    await userEvent.type(reason, 'Le jury commence avant les vacances.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirmer' }));
    expect(await screen.findByRole('button', { name: 'Clore l’évaluation et délibérer' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(posted(calls).map((c) => c.body)).toEqual([{ to: 'EVALUATION', reason: 'Le jury commence avant les vacances.' }]);
    expect(await screen.findByText('C’est fait : l’édition est à l’étape « Évaluation ».')).toBeInTheDocument();
  });

  it('closes the preview on "Annuler" or Escape without moving, and gives the focus back', async () => {
    const { calls } = adminEdition(edition(), edition({ status: 'EVALUATION' }), {
      'GET /api/editions/{id}/transitions/preview': preview({ enteringReview: 1 }),
    });
    renderRoute('/admin/editions/3', { as: account('ADMIN') });
    const open = await screen.findByRole('button', { name: 'Clore l’appel et lancer l’évaluation' });
    await userEvent.click(open);
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(open).toHaveFocus();
    await userEvent.click(open);
    await screen.findByRole('dialog');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(posted(calls)).toHaveLength(0);
  });

  it('lists understaffed projects and asks for the override reason before deliberating', async () => {
    const evaluating = edition({ status: 'EVALUATION', nextStatus: 'DELIBERATION' });
    const { calls } = adminEdition(evaluating, edition({ status: 'DELIBERATION', nextStatus: 'PUBLISHED' }), {
      'GET /api/editions/{id}/transitions/preview': preview({
        from: 'EVALUATION', to: 'DELIBERATION', jurorsPerProject: 2, overrideRequired: true,
        understaffed: [{ submissionId: 5, title: 'Robotique', submittedEvaluations: 1, assignedJurors: 2, required: 2 }],
        unsubmittedEvaluations: [{ assignmentId: 11, submissionId: 5, title: 'Robotique', jurorName: 'Karim J', started: true }],
        disagreements: [{ submissionId: 6, title: 'Maths au souk', spread: 41.5 }],
      }),
    });
    renderRoute('/admin/editions/3', { as: account('ADMIN') });
    await userEvent.click(await screen.findByRole('button', { name: 'Clore l’évaluation et délibérer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Avant de passer à l’étape « Délibération »' });
    expect(await within(dialog).findByText('1 projet n’a pas les 2 évaluations soumises prévues :')).toBeInTheDocument();
    expect(within(dialog).getByText('« Robotique » : 1 évaluation soumise sur 2, 2 jurés affectés')).toBeInTheDocument();
    expect(within(dialog).getByText('« Robotique » — Karim J (brouillon)')).toBeInTheDocument();
    expect(within(dialog).getByText('« Maths au souk » : écart de 41,5 points')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirmer' }));
    expect(posted(calls)).toHaveLength(0);
    await userEvent.type(within(dialog).getByLabelText('Motif pour délibérer malgré tout'), 'Un juré est malade.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirmer' }));
    expect(await screen.findByRole('button', { name: 'Publier les résultats' })).toBeInTheDocument();
    expect(posted(calls).map((c) => c.body)).toEqual([{ to: 'DELIBERATION', override: { reason: 'Un juré est malade.' } }]);
  });
});

describe('publishing and proposing awards (issue 18, points 3 and 4)', () => {
  const award = (extra: Partial<Award> = {}): Award => ({
    id: 7, editionId: 3, submissionId: 5, kind: 'WINNER', rank: 1, title: 'Robotique', authorName: 'Amina B.', version: 0,
    updatedAt: '2026-11-29T10:00:00Z', ...extra,
  });

  it('publishes from the awards only after the preview and "Confirmer", and warns of the winner’s disagreement', async () => {
    const { calls } = adminEdition(edition({ status: 'DELIBERATION', nextStatus: 'PUBLISHED' }),
      edition({ status: 'PUBLISHED', nextStatus: 'ARCHIVED' }), {
        'GET /api/editions/{id}/awards': [award()],
        'GET /api/editions/{id}/ranking': { editionId: 3, disagreementThreshold: 20, items: [] },
        'GET /api/editions/{id}/transitions/preview': preview({
          from: 'DELIBERATION', to: 'PUBLISHED', winners: 1, laureates: 1, laureateCount: 12,
          disagreements: [{ submissionId: 5, title: 'Robotique', spread: 35, award: 'WINNER' }],
        }),
      });
    renderRoute('/admin/editions/3/awards', { as: account('ADMIN') });
    await userEvent.click(await screen.findByRole('button', { name: 'Publier les résultats' }));
    const dialog = await screen.findByRole('dialog', { name: 'Avant de passer à l’étape « Résultats publiés »' });
    expect(await within(dialog).findByText('1 grand gagnant, 1 lauréat (grand gagnant compris) ; nombre prévu : 12.')).toBeInTheDocument();
    expect(within(dialog).getByText('Les jurés sont en désaccord sur le grand gagnant « Robotique » (écart de 35,0 points) : ce désaccord n’est pas résolu.'))
      .toBeInTheDocument();
    expect(posted(calls)).toHaveLength(0);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirmer' }));
    expect(await screen.findByText('Résultats publiés.')).toBeInTheDocument();
    expect(posted(calls).map((c) => c.body)).toEqual([{ to: 'PUBLISHED' }]);
  });

  it('says when the proposed winner’s jurors disagree', async () => {
    mockApi({
      'GET /api/editions/{id}': edition({ status: 'DELIBERATION', nextStatus: 'PUBLISHED' }),
      'GET /api/editions/{id}/awards': [],
      'GET /api/editions/{id}/ranking': { editionId: 3, disagreementThreshold: 20, items: [] },
      'POST /api/editions/{id}/awards/proposal': json({
        awards: [award()], regionsCovered: 1, regionCodes: ['MA-04'], levelsCovered: 1, levelCodes: ['PRIMAIRE'], swaps: [],
        winnerDisagreement: { submissionId: 5, title: 'Robotique', spread: 35, award: 'WINNER' },
      }),
    });
    renderRoute('/admin/editions/3/awards', { as: account('ADMIN') });
    await userEvent.click(await screen.findByRole('button', { name: 'Proposer à partir du classement' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Attention : les jurés sont en désaccord sur le grand gagnant proposé, '
      + '« Robotique » (écart de 35,0 points). Vérifiez ses évaluations avant de le garder.');
  });
});

describe('extending the evaluation (issue 18, point 2)', () => {
  it('sends the later deadline and its reason, and says the jurors are told', async () => {
    let current = edition({ status: 'EVALUATION', nextStatus: 'DELIBERATION' });
    const { calls } = mockApi({
      'GET /api/editions/{id}': () => current,
      'GET /api/editions/{id}/criteria': criteria(),
      'POST /api/editions/{id}/evaluation-deadline': async (request: Request) => {
        const body = await request.json();
        current = { ...current, evaluationCloseAt: body.evaluationCloseAt, version: 2 };
        return current;
      },
    });
    renderRoute('/admin/editions/3', { as: account('ADMIN') });
    const section = await screen.findByRole('region', { name: 'Prolonger l’évaluation' });
    expect(screen.getByLabelText('Fin de l’évaluation')).toHaveAttribute('readonly');
    const until = within(section).getByLabelText('Nouvelle fin de l’évaluation');
    await userEvent.clear(until);
    await userEvent.type(until, '2099-01-15T18:00');
    await userEvent.type(within(section).getByLabelText('Motif (facultatif, gardé dans le journal d’audit)'), 'Jurés malades');
    await userEvent.click(within(section).getByRole('button', { name: 'Prolonger et prévenir les jurés' }));
    expect(await within(section).findByText(/^Évaluation prolongée jusqu’au 15 janvier 2099 .*18:00 ; les jurés sont prévenus par e-mail\.$/))
      .toBeInTheDocument();
    expect(calls.find((c) => c.path === '/api/editions/3/evaluation-deadline')?.body)
      .toEqual({ evaluationCloseAt: '2099-01-15T17:00:00Z', reason: 'Jurés malades' });
  });
});

describe('public dates after a step (issue 18, point 3)', () => {
  it('never announces the closing of a call closed early as upcoming', async () => {
    mockApi({
      'GET /api/editions/current': edition({ status: 'EVALUATION', nextStatus: 'DELIBERATION', acceptingSubmissions: false }),
      'GET /api/editions/{id}/criteria': criteria(),
    });
    renderRoute('/');
    await screen.findByRole('heading', { name: /22e édition du concours/ });
    expect(screen.getByText('Clôture des candidatures').nextElementSibling).toHaveTextContent(/^Appel clos$/);
    expect(screen.getByText('Fin de l’évaluation').nextElementSibling).toHaveTextContent(/^30 avril 2099/);
    expect(screen.getByText('Les candidatures sont closes.')).toBeInTheDocument();
    expect(screen.queryByText('Temps restant avant la clôture des candidatures')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Déposer mon projet' })).not.toBeInTheDocument();
  });

  it('says the evaluation is over once deliberating, and when a passed closing happened', async () => {
    mockApi({
      'GET /api/editions/current': edition({
        status: 'DELIBERATION', nextStatus: 'PUBLISHED', acceptingSubmissions: false, submissionsCloseAt: '2026-03-31T22:59:00Z',
      }),
      'GET /api/editions/{id}/criteria': criteria(),
    });
    renderRoute('/');
    await screen.findByRole('heading', { name: /22e édition du concours/ });
    expect(screen.getByText('Clôture des candidatures').nextElementSibling).toHaveTextContent(/^Appel clos le 31 mars 2026/);
    expect(screen.getByText('Fin de l’évaluation').nextElementSibling).toHaveTextContent(/^Évaluation terminée$/);
  });
});
