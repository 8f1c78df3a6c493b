import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockApi, problem } from '@/testing/api-mock';
import { account, renderRoute } from '@/testing/render';
import { criteria, edition } from '@/testing/fixtures';
import type { components } from '@/lib/api/schema';

type EvaluationWithJuror = components['schemas']['EvaluationWithJuror'];

const HARSH = 'Projet sans intérêt, rien compris au numérique.';

function evaluation(extra: Partial<EvaluationWithJuror> = {}, status: 'DRAFT' | 'SUBMITTED' = 'SUBMITTED'): EvaluationWithJuror {
  return {
    juror: { id: 4, firstName: 'Karim', lastName: 'Alami', email: 'karim@jury.ma' }, assignmentId: 9,
    evaluation: {
      id: 21, assignmentId: 9, status, scores: [{ criterionCode: 'ICT', score: 2 }, { criterionCode: 'EXTRA', score: 7 }],
      feedback: HARSH, privateComment: 'Dossier mince, entre nous.', ...(status === 'SUBMITTED' ? { rawScore: 64.5 } : {}),
      version: 3, updatedAt: '2026-11-29T10:00:00Z',
    },
    ...extra,
  };
}

const page = (items: EvaluationWithJuror[]) => ({
  items: [{ submissionId: 5, title: 'Robotique', authorName: 'Amina Bennani', status: 'UNDER_REVIEW', evaluations: items }],
  page: 0, size: 10, total: 1,
});

describe('moderation of the feedback', () => {
  it('shows every evaluation to the admin and saves a moderated feedback, the juror’s text kept', async () => {
    let current = evaluation();
    const { calls } = mockApi({
      'GET /api/editions/{id}': edition({ status: 'DELIBERATION', nextStatus: 'PUBLISHED' }),
      'GET /api/editions/{id}/criteria': criteria(),
      'GET /api/editions/{id}/evaluations': () => page([current]),
      'PUT /api/evaluations/{id}/moderated-feedback': (_req: Request) => {
        current = evaluation({ moderation: { text: 'Le numérique mérite plus de place.', version: 1, moderatedBy: 'admin@test.ma', moderatedAt: '2026-12-01T10:00:00Z', current: true } });
        return current;
      },
    });
    renderRoute('/admin/editions/3/evaluations', { as: account('ADMIN') });
    expect(await screen.findByRole('link', { name: 'Évaluations' })).toHaveAttribute('aria-current', 'page');
    const card = await screen.findByRole('region', { name: /Karim Alami \(karim@jury\.ma\)/ });
    expect(within(card).getByText(HARSH)).toBeInTheDocument();
    expect(within(card).getByText('Dossier mince, entre nous.')).toBeInTheDocument();
    expect(within(card).getByRole('rowheader', { name: 'Usage des TIC pour apprendre' }).closest('tr')).toHaveTextContent('2 sur 3');
    expect(within(card).getByText('64,5 / 100')).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Rouvrir l’évaluation' })).not.toBeInTheDocument();

    await userEvent.click(within(card).getByRole('button', { name: 'Modérer le retour' }));
    const text = within(card).getByLabelText('Texte lu par l’enseignant·e');
    expect(text).toHaveValue(HARSH);
    await userEvent.clear(text);
    await userEvent.type(text, 'Le numérique mérite plus de place.');
    await userEvent.click(within(card).getByRole('button', { name: 'Enregistrer le texte modéré' }));

    expect(await within(card).findByText('Texte modéré enregistré.')).toBeInTheDocument();
    expect(await within(card).findByText('Le numérique mérite plus de place.')).toBeInTheDocument();
    expect(within(card).getByText(HARSH)).toBeInTheDocument();
    expect(within(card).getByText(/Modéré par admin@test\.ma/)).toBeInTheDocument();
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.path).toBe('/api/evaluations/21/moderated-feedback');
    expect(put?.body).toEqual({ text: 'Le numérique mérite plus de place.', version: 0, evaluationVersion: 3 });
  });

  it('warns when the juror changed a moderated feedback and moderates nothing once results are published', async () => {
    mockApi({
      'GET /api/editions/{id}': edition({ status: 'PUBLISHED', nextStatus: 'ARCHIVED' }),
      'GET /api/editions/{id}/criteria': criteria(),
      'GET /api/editions/{id}/evaluations': page([evaluation({ moderation: { text: '', version: 2, moderatedBy: 'admin@test.ma', moderatedAt: '2026-12-01T10:00:00Z', current: false } })]),
    });
    renderRoute('/admin/editions/3/evaluations', { as: account('ADMIN') });
    const card = await screen.findByRole('region', { name: /Karim Alami/ });
    expect(within(card).getByText('Retour masqué : l’enseignant·e ne lira rien de ce juré.')).toBeInTheDocument();
    expect(within(card).getByText(/Le juré a modifié son retour depuis/)).toBeInTheDocument();
    expect(screen.getByText('Les résultats sont publiés : les retours ne peuvent plus être modérés.')).toBeInTheDocument();
    expect(within(card).queryByRole('button')).not.toBeInTheDocument();
  });

  it('reopens a submitted evaluation with a reason, after a confirmation step', async () => {
    let current = evaluation();
    const { calls } = mockApi({
      'GET /api/editions/{id}': edition({ status: 'EVALUATION', nextStatus: 'DELIBERATION' }),
      'GET /api/editions/{id}/criteria': criteria(),
      'GET /api/editions/{id}/evaluations': () => page([current]),
      'POST /api/evaluations/{id}/reopen': () => {
        current = evaluation({}, 'DRAFT');
        return current.evaluation;
      },
    });
    renderRoute('/admin/editions/3/evaluations', { as: account('ADMIN') });
    const card = await screen.findByRole('region', { name: /Karim Alami/ });
    await userEvent.click(within(card).getByRole('button', { name: 'Rouvrir l’évaluation' }));
    const confirm = within(card).getByRole('button', { name: 'Confirmer la réouverture' });
    expect(confirm).toBeDisabled();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await userEvent.type(within(card).getByLabelText('Motif de la réouverture'), 'Erreur de saisie signalée');
    await userEvent.click(confirm);
    expect(await within(card).findByText('Évaluation rouverte : Karim Alami peut de nouveau la modifier.')).toBeInTheDocument();
    expect(await within(card).findByText('Brouillon')).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Rouvrir l’évaluation' })).not.toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.path).toBe('/api/evaluations/21/reopen');
    expect(post?.body).toEqual({ reason: 'Erreur de saisie signalée' });
  });
});

describe('reopening after the evaluation deadline', () => {
  it('says the deadline has passed and that it must be extended first, not a generic refusal', async () => {
    mockApi({
      'GET /api/editions/{id}': edition({ status: 'EVALUATION', nextStatus: 'DELIBERATION' }),
      'GET /api/editions/{id}/criteria': criteria(),
      'GET /api/editions/{id}/evaluations': () => page([evaluation()]),
      'POST /api/evaluations/{id}/reopen': problem(409, 'evaluation-deadline-passed'),
    });
    renderRoute('/admin/editions/3/evaluations', { as: account('ADMIN') });
    const card = await screen.findByRole('region', { name: /Karim Alami/ });
    await userEvent.click(within(card).getByRole('button', { name: 'Rouvrir l’évaluation' }));
    await userEvent.type(within(card).getByLabelText('Motif de la réouverture'), 'Erreur de saisie signalée');
    await userEvent.click(within(card).getByRole('button', { name: 'Confirmer la réouverture' }));
    expect(await within(card).findByText(/^La date limite de l’évaluation est passée : .*prolongée/)).toBeInTheDocument();
  });
});

describe('audit log', () => {
  it('filters by edition, actor, action and days, and shows each change before and after', async () => {
    const queries: URLSearchParams[] = [];
    mockApi({
      'GET /api/editions': [edition({ status: 'DELIBERATION' })],
      'GET /api/audit': (req: Request) => {
        queries.push(new URL(req.url).searchParams);
        return {
          items: [{ id: 80, at: '2026-12-01T10:00:00Z', actorId: 1, actorEmail: 'admin@test.ma', entityType: 'EVALUATION', entityId: 21, editionId: 3,
            action: 'MODERATE', before: { feedback: HARSH }, after: { feedback: HARSH, moderatedFeedback: 'Plus doux.' } }],
          page: 0, size: 25, total: 1,
        };
      },
    });
    renderRoute('/admin/audit', { as: account('ADMIN') });
    expect(await screen.findByRole('heading', { name: 'Journal d’audit', level: 1 })).toBeInTheDocument();
    const row = (await screen.findByRole('cell', { name: 'MODERATE' })).closest('tr')!;
    expect(within(row).getByText('Évaluation n° 21')).toBeInTheDocument();
    expect(within(row).getByText('admin@test.ma')).toBeInTheDocument();
    await userEvent.click(within(row).getByText('Avant / après'));
    expect(within(row).getByText(/"moderatedFeedback": "Plus doux\."/)).toBeInTheDocument();

    await screen.findByRole('option', { name: '22e édition (2026)' });
    await userEvent.selectOptions(screen.getByLabelText('Édition'), '3');
    await userEvent.type(screen.getByLabelText('Auteur (adresse e-mail ou son début)'), 'admin@');
    await userEvent.type(screen.getByLabelText('Action'), 'moderate');
    await userEvent.selectOptions(screen.getByLabelText('Type d’objet'), 'EVALUATION');
    await userEvent.type(screen.getByLabelText('Du'), '2026-12-01');
    await userEvent.type(screen.getByLabelText('Au'), '2026-12-02');
    await waitFor(() => {
      const last = queries[queries.length - 1];
      expect(Object.fromEntries(last)).toEqual({
        editionId: '3', actor: 'admin@', action: 'MODERATE', entityType: 'EVALUATION', from: '2026-12-01', to: '2026-12-02', page: '0', size: '25',
      });
    });
    const filtered = (await screen.findByRole('cell', { name: 'MODERATE' })).closest('tr')!;
    expect(within(filtered).getByText('22e édition (2026)')).toBeInTheDocument();
  });
});

describe('outbox', () => {
  it('lists emails without their content and sends a failed one again', async () => {
    let status: 'FAILED' | 'PENDING' = 'FAILED';
    const message = () => ({
      id: 41, kind: 'PASSWORD_RESET', recipient: 'nadia@test.ma', language: 'fr', subject: 'Réinitialisation de votre mot de passe',
      status, attempts: status === 'FAILED' ? 8 : 0, lastError: '550 boîte inconnue', createdAt: '2026-12-01T10:00:00Z',
      ...(status === 'PENDING' ? { nextAttemptAt: '2026-12-01T11:00:00Z' } : {}),
    });
    const queries: URLSearchParams[] = [];
    const { calls } = mockApi({
      'GET /api/editions': [edition()],
      'GET /api/outbox': (req: Request) => {
        queries.push(new URL(req.url).searchParams);
        return { items: [message()], page: 0, size: 25, total: 1 };
      },
      'POST /api/outbox/{id}/retry': () => {
        status = 'PENDING';
        return json(message());
      },
    });
    renderRoute('/admin/outbox', { as: account('ADMIN') });
    const row = (await screen.findByRole('rowheader', { name: 'nadia@test.ma' })).closest('tr')!;
    expect(within(row).getByText('Mot de passe oublié')).toBeInTheDocument();
    expect(within(row).getByText('En échec')).toBeInTheDocument();
    expect(within(row).getByText('550 boîte inconnue')).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('État'), 'FAILED');
    await waitFor(() => expect(queries[queries.length - 1].get('status')).toBe('FAILED'));
    const failed = (await screen.findByRole('rowheader', { name: 'nadia@test.ma' })).closest('tr')!;
    await userEvent.click(within(failed).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByText('Courriel à nadia@test.ma remis en file d’envoi.')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST' && c.path === '/api/outbox/41/retry')).toBe(true);
    await waitFor(() => expect(screen.getByRole('rowheader', { name: 'nadia@test.ma' }).closest('tr')).toHaveTextContent('En attente'));
    expect(screen.queryByRole('button', { name: 'Réessayer' })).not.toBeInTheDocument();
  });
});
