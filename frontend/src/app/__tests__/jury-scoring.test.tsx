import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, problem } from '@/testing/api-mock';
import { account, renderRoute } from '@/testing/render';
import { criteria } from '@/testing/fixtures';
import type { JuryAssignment } from '@/lib/api/types';

type File = JuryAssignment['submission']['attachments'][number];

function assignment(extra: Partial<JuryAssignment> = {}, attachments: File[] = []): JuryAssignment {
  return {
    id: 9, edition: { id: 3, number: 22, title: '22e', status: 'EVALUATION', evaluationCloseAt: '2099-04-30T22:59:00Z', blindReview: true },
    submission: { id: 5, title: 'Robotique', technologies: ['Arduino'], attachments },
    criteria: criteria(), canEvaluate: true, ...extra,
  };
}

const reference = { 'GET /api/reference/regions': [], 'GET /api/reference/school-levels': [] };
const draft = { id: 1, assignmentId: 9, status: 'DRAFT', scores: [], version: 0, updatedAt: '2026-11-29T10:00:00Z' };

async function openForm(routes: Record<string, unknown> = {}, a: JuryAssignment = assignment()) {
  const api = mockApi({
    'GET /api/jury/assignments/{id}': a,
    'PUT /api/jury/assignments/{id}/evaluation': draft,
    ...reference, ...routes,
  });
  renderRoute('/jury/assignments/9', { as: account('JURY') });
  await screen.findByRole('heading', { name: 'Grille d’évaluation' });
  return api;
}

const fieldset = (name: string) => screen.getByRole('group', { name: new RegExp(`^${name}`) });

describe('a criterion is answered, never defaulted', () => {
  it('shows “Non répondu”, not level 1, until the juror answers; level 1 is the explicit “none of these”', async () => {
    const { calls } = await openForm();
    const ict = fieldset('Usage des TIC pour apprendre');
    expect(within(ict).getByText('Non répondu')).toBeInTheDocument();
    expect(screen.queryByText(/Niveau : 1/)).not.toBeInTheDocument();
    expect(within(fieldset('Qualité du dossier')).getByText('Non répondu')).toBeInTheDocument();

    const none = within(ict).getByRole('button', { name: 'Aucune de ces affirmations ne s’applique (niveau 1)' });
    expect(none).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(none);
    expect(none).toHaveAttribute('aria-pressed', 'true');
    expect(within(ict).getByText('Niveau : 1 sur 3')).toBeInTheDocument();
    expect(within(ict).queryByText('Non répondu')).not.toBeInTheDocument();
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    // Only the answered criterion is saved: the other one stays absent from the draft.
    expect(calls.find((c) => c.method === 'PUT')?.body).toMatchObject({ scores: [{ criterionCode: 'ICT', gates: [false, false] }] });

    // A ticked gate replaces "none"; unticking it takes the answer back instead of leaving a silent level 1.
    const gate = within(ict).getByRole('checkbox', { name: 'Les TIC sont utilisées' });
    await userEvent.click(gate);
    expect(none).toHaveAttribute('aria-pressed', 'false');
    expect(within(ict).getByText('Niveau : 2 sur 3')).toBeInTheDocument();
    await userEvent.click(gate);
    expect(within(ict).getByText('Non répondu')).toBeInTheDocument();
  });

  it('keeps a saved level 1 as answered', async () => {
    await openForm({}, assignment({ evaluation: { ...draft, status: 'DRAFT', scores: [{ criterionCode: 'ICT', score: 1, gates: [false, false] }] } }));
    const ict = fieldset('Usage des TIC pour apprendre');
    expect(within(ict).getByText('Niveau : 1 sur 3')).toBeInTheDocument();
    expect(within(ict).getByRole('button', { name: 'Aucune de ces affirmations ne s’applique (niveau 1)' })).toHaveAttribute('aria-pressed', 'true');
  });
});

describe('running total', () => {
  it('shows the weighted score on 100 of the answered criteria, says which are left out, and updates at each answer', async () => {
    await openForm();
    expect(screen.getByText('Total : aucun critère répondu pour l’instant')).toBeInTheDocument();
    // ICT: level 2 on 1..3, weight 3 → 50 % of the answered weight.
    await userEvent.click(screen.getByRole('checkbox', { name: 'Les TIC sont utilisées' }));
    expect(screen.getByText('Total provisoire : 50,0 / 100, sur 1 critère répondu sur 2')).toBeInTheDocument();
    expect(screen.getByText('Non répondus, exclus du calcul : Qualité du dossier')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Elles soutiennent la construction de connaissances' }));
    expect(screen.getByText('Total provisoire : 100,0 / 100, sur 1 critère répondu sur 2')).toBeInTheDocument();
    // EXTRA: 7 on 0..10, weight 1: 100 × (3 × 1 + 1 × 0.7) / 4 = 92.5.
    await userEvent.type(screen.getByLabelText('Note (0 à 10)'), '7');
    expect(screen.getByText('Total : 92,5 / 100')).toBeInTheDocument();
    expect(screen.queryByText(/exclus du calcul/)).not.toBeInTheDocument();
  });
});

describe('submitting', () => {
  it('refuses to submit while a criterion is unanswered, naming it by its label', async () => {
    const { calls } = await openForm();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Les TIC sont utilisées' }));
    await userEvent.click(screen.getByRole('button', { name: 'Soumettre mon évaluation' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Répondez à chaque critère avant de soumettre. Sans réponse :');
    expect(within(alert).getByText('Qualité du dossier')).toBeInTheDocument();
    expect(alert).toHaveFocus();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(calls.some((c) => c.path.endsWith('/submit'))).toBe(false);
    await userEvent.type(screen.getByLabelText('Note (0 à 10)'), '4');
    expect(screen.queryByText(/Sans réponse/)).not.toBeInTheDocument();
  });

  it('asks for confirmation with each criterion’s answer and the total, and submits only when confirmed', async () => {
    const { calls } = await openForm({
      'POST /api/jury/assignments/{id}/evaluation/submit': { ...draft, status: 'SUBMITTED', rawScore: 92.5, version: 2 },
    });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Les TIC sont utilisées' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Elles soutiennent la construction de connaissances' }));
    await userEvent.type(screen.getByLabelText('Note (0 à 10)'), '7');
    const submit = screen.getByRole('button', { name: 'Soumettre mon évaluation' });
    await userEvent.click(submit);

    let dialog = await screen.findByRole('dialog', { name: 'Soumettre définitivement votre évaluation\u202f?' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(within(dialog).getByRole('rowheader', { name: 'Usage des TIC pour apprendre' }).closest('tr')).toHaveTextContent('Niveau : 3 sur 3');
    expect(within(dialog).getByRole('rowheader', { name: 'Qualité du dossier' }).closest('tr')).toHaveTextContent('7 sur 10');
    expect(within(dialog).getByRole('rowheader', { name: 'Total' }).closest('tr')).toHaveTextContent('92,5 / 100');
    expect(within(dialog).getByRole('button', { name: 'Revenir à la grille' })).toHaveFocus();
    expect(calls.some((c) => c.path.endsWith('/submit'))).toBe(false);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Revenir à la grille' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(submit).toHaveFocus();
    expect(calls.some((c) => c.path.endsWith('/submit'))).toBe(false);

    await userEvent.click(submit);
    dialog = await screen.findByRole('dialog');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await userEvent.click(submit);
    dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirmer et soumettre' }));
    await waitFor(() => expect(calls.filter((c) => c.path === '/api/jury/assignments/9/evaluation/submit')).toHaveLength(1));
    // The draft saved just before was the one the dialog showed.
    expect(calls.filter((c) => c.method === 'PUT').at(-1)?.body).toMatchObject({
      scores: [{ criterionCode: 'ICT', gates: [true, true] }, { criterionCode: 'EXTRA', score: 7 }],
    });
  });

  it('shows the labels of a 422 from the server, never the raw field codes', async () => {
    await openForm({
      'POST /api/jury/assignments/{id}/evaluation/submit': () => problem(422, 'incomplete-evaluation', {
        detail: 'Chaque critère doit avoir une réponse avant la soumission. Sans réponse : Qualité du dossier.',
        errors: [{ field: 'scores.EXTRA', message: 'Qualité du dossier' }],
      }),
    });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Les TIC sont utilisées' }));
    await userEvent.type(screen.getByLabelText('Note (0 à 10)'), '7');
    await userEvent.click(screen.getByRole('button', { name: 'Soumettre mon évaluation' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Confirmer et soumettre' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Qualité du dossier')).toBeInTheDocument();
    expect(screen.queryByText(/scores\./)).not.toBeInTheDocument();
  });

  it('says when the evaluation deadline has passed', async () => {
    await openForm({
      'PUT /api/jury/assignments/{id}/evaluation': () => problem(409, 'evaluation-deadline-passed', { evaluationCloseAt: '2026-04-30T22:59:00Z' }),
    });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Les TIC sont utilisées' }));
    expect(await screen.findByText(/La date limite de l’évaluation est passée \(30 avril 2026/)).toBeInTheDocument();
  });
});

describe('evidence', () => {
  const files: File[] = [
    { id: 1, label: 'Pièce 1', contentType: 'application/pdf', sizeBytes: 2048 },
    { id: 2, label: 'Pièce 2', contentType: 'image/png', sizeBytes: 1024 },
    { id: 3, label: 'Pièce 3', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', sizeBytes: 4096 },
  ];
  let created: Blob[];
  let revoked: string[];

  beforeEach(() => {
    created = [];
    revoked = [];
    Object.defineProperty(URL, 'createObjectURL', { configurable: true, writable: true, value: (blob: Blob) => { created.push(blob); return `blob:preview-${created.length}`; } });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, writable: true, value: (url: string) => { revoked.push(url); } });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('previews a PDF in a frame and an image in the page, beside the form; other files are only downloaded', async () => {
    const bytes = (id: string) => new Response(new Blob([`bytes of ${id}`]), { headers: { 'Content-Type': 'application/octet-stream' } });
    const { calls } = await openForm({ 'GET /api/jury/assignments/{id}/attachments/{a}': (_r: Request, p: Record<string, string>) => bytes(p.a) },
      assignment({}, files));
    expect(screen.queryByRole('button', { name: 'Afficher Pièce 3' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Télécharger Pièce 3' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Afficher Pièce 1' }));
    const frame = await screen.findByTitle('Pièce 1');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame).toHaveAttribute('src', 'blob:preview-1');
    expect(created[0].type).toBe('application/pdf');
    expect(screen.getByRole('heading', { name: 'Aperçu\u00a0: Pièce 1' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Afficher Pièce 1' })).toHaveAttribute('aria-pressed', 'true');
    // Side by side: the preview and the scoring form share the layout grid.
    const layout = frame.closest('.scoring-layout.with-preview')!;
    expect(within(layout as HTMLElement).getByRole('form', { name: 'Grille d’évaluation' })).toBeInTheDocument();
    expect(calls.some((c) => c.path === '/api/jury/assignments/9/attachments/1')).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: 'Afficher Pièce 2' }));
    const image = await screen.findByRole('img', { name: 'Pièce 2' });
    expect(image).toHaveAttribute('src', 'blob:preview-2');
    expect(created[1].type).toBe('image/png');
    expect(revoked).toContain('blob:preview-1');
    expect(screen.queryByTitle('Pièce 1')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Fermer l’aperçu' }));
    expect(screen.queryByRole('img', { name: 'Pièce 2' })).not.toBeInTheDocument();
    expect(revoked).toContain('blob:preview-2');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Afficher Pièce 2' })).toHaveFocus());
  });
});

describe('list of evaluations', () => {
  it('is fetched again right after an autosave, so it shows the draft', async () => {
    let saved = false;
    const summary = (status: 'NOT_STARTED' | 'DRAFT') => [{ id: 9, editionId: 3, editionNumber: 22, editionStatus: 'EVALUATION', submissionId: 5, title: 'Robotique', evaluationStatus: status }];
    const { calls } = mockApi({
      'GET /api/jury/assignments': () => summary(saved ? 'DRAFT' : 'NOT_STARTED'),
      'GET /api/jury/assignments/{id}': assignment(),
      'PUT /api/jury/assignments/{id}/evaluation': () => { saved = true; return draft; },
      ...reference,
    });
    renderRoute('/jury', { as: account('JURY') });
    expect(await screen.findByText('Non commencée')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Robotique' }));
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Les TIC sont utilisées' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    const put = calls.findIndex((c) => c.method === 'PUT');
    await waitFor(() => expect(calls.slice(put).some((c) => c.method === 'GET' && c.path === '/api/jury/assignments')).toBe(true));
    await userEvent.click(screen.getByRole('link', { name: '← Mes évaluations' }));
    expect(await screen.findByText('Brouillon')).toBeInTheDocument();
  });
});

describe('a short scale on a tablet', () => {
  it('offers one large choice per level of a 1–4 criterion (the finalists’ presentation rubric) and saves the chosen level', async () => {
    const clarity = {
      id: 7, code: 'CLARITY', label: { fr: 'Clarté de la présentation', ar: 'وضوح العرض', en: 'Clarity of the presentation' },
      weight: 25, scaleMin: 1, scaleMax: 4, position: 1, gates: [],
    };
    const { calls } = await openForm({}, assignment({ criteria: [clarity] }));
    const group = screen.getByRole('radiogroup', { name: 'Note (1 à 4)' });
    expect(within(group).getAllByRole('radio').map((r) => (r as HTMLInputElement).value)).toEqual(['1', '2', '3', '4']);
    expect(screen.queryByRole('spinbutton')).not.toBeInTheDocument();
    expect(within(fieldset('Clarté de la présentation')).getByText('Non répondu')).toBeInTheDocument();
    await userEvent.click(within(group).getByRole('radio', { name: '3' }));
    expect(within(group).getByRole('radio', { name: '3' })).toBeChecked();
    await waitFor(() => expect(calls.find((c) => c.method === 'PUT')?.body).toMatchObject({ scores: [{ criterionCode: 'CLARITY', score: 3 }] }));
  });
});
