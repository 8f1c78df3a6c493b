import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, problem } from '@/testing/api-mock';
import { account, renderRoute } from '@/testing/render';
import { edition } from '@/testing/fixtures';
import type { RankingEntry, RoundView, Shortlist, ShortlistRow, Submission, SubmissionRound } from '@/lib/api/types';

const reference = {
  'GET /api/reference/regions': [
    { code: 'MA-06', name: { fr: 'Casablanca-Settat', ar: 'الدار البيضاء سطات', en: 'Casablanca-Settat' }, academy: { fr: 'AREF CS', ar: 'أ', en: 'AREF CS' } },
    { code: 'MA-04', name: { fr: 'L’Oriental', ar: 'الشرق', en: 'Oriental' }, academy: { fr: 'AREF O', ar: 'أ', en: 'AREF O' } },
  ],
  'GET /api/reference/school-levels': [],
};

function round(position: number, extra: Partial<RoundView> = {}): RoundView {
  return {
    position, nameFr: `Tour ${position} fr`, nameAr: `الدور ${position}`, nameEn: `Round ${position}`, scope: 'NATIONAL', rubric: 'CLD21',
    jurorsPerProject: 2, blindReview: false, excludePreviousJurors: false, evaluationCloseAt: '2099-04-30T22:59:00Z', status: 'PENDING',
    current: position === 1, entries: 0, assignments: 0, submittedEvaluations: 0, ...extra,
  };
}

const group = (name: string) => screen.getByRole('group', { name });

describe('round configuration', () => {
  it('fills the typical staged edition in one click, hides the advancing count of the last round, and sends the rounds', async () => {
    const { calls } = mockApi({
      ...reference,
      'GET /api/editions/{id}': edition({ status: 'DRAFT', nextStatus: 'OPEN' }),
      'GET /api/editions/{id}/rounds': [round(1)],
      'PUT /api/editions/{id}/rounds': async (request: Request) => {
        const body = await request.json() as { rounds: RoundView[] };
        return body.rounds.map((r, i) => round(i + 1, r));
      },
    });
    renderRoute('/admin/editions/3/rounds', { as: account('ADMIN') });
    expect(await screen.findByRole('group', { name: 'Tour 1' })).toBeInTheDocument();
    // A single round is the last: no count of projects going on.
    expect(within(group('Tour 1')).queryByLabelText(/Projets retenus/)).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Édition type en trois tours' }));
    expect(within(group('Tour 1')).getByLabelText('Nom (français)')).toHaveValue('Présélection régionale');
    expect(within(group('Tour 1')).getByLabelText('Portée')).toHaveValue('REGIONAL');
    expect(within(group('Tour 1')).getByLabelText('Projets retenus par région')).toHaveValue(3);
    expect(within(group('Tour 2')).getByLabelText('Projets retenus (au total)')).toHaveValue(10);
    expect(within(group('Tour 2')).getByLabelText('Écarter les jurés qui ont déjà noté le projet')).toBeChecked();
    expect(within(group('Tour 3')).getByLabelText('Grille')).toHaveValue('PRESENTATION');
    expect(within(group('Tour 3')).queryByLabelText(/Projets retenus/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ajouter un tour' })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer les tours' }));
    expect(await screen.findByText('Tours enregistrés.')).toBeInTheDocument();
    const put = calls.find((c) => c.method === 'PUT')!.body as { rounds: Record<string, unknown>[] };
    expect(put.rounds.map((r) => [r.nameFr, r.scope, r.rubric, r.advanceCount])).toEqual([
      ['Présélection régionale', 'REGIONAL', 'CLD21', 3], ['Jury national', 'NATIONAL', 'CLD21', 10],
      ['Présentation des finalistes', 'NATIONAL', 'PRESENTATION', undefined],
    ]);
    expect(put.rounds[0]).toMatchObject({ nameAr: 'الانتقاء الجهوي', jurorsPerProject: 2, blindReview: true });
    // Closing 31 March 2099 at 23:59 in Casablanca: the first round ends three weeks later.
    expect(put.rounds[0].evaluationCloseAt).toBe('2099-04-21T22:59:00Z');
  });

  it('shows each error of the API by its round’s field, and moving a round makes it last', async () => {
    mockApi({
      ...reference,
      'GET /api/editions/{id}': edition({ status: 'DRAFT', nextStatus: 'OPEN' }),
      'GET /api/editions/{id}/rounds': [round(1, { advanceCount: 5 }), round(2)],
      'PUT /api/editions/{id}/rounds': problem(422, 'validation', {
        errors: [{ field: 'rounds[1].evaluationCloseAt', message: 'must be after round 1' }, { field: 'rounds[0].advanceCount', message: 'required' }],
      }),
    });
    renderRoute('/admin/editions/3/rounds', { as: account('ADMIN') });
    await userEvent.click(await screen.findByRole('button', { name: 'Enregistrer les tours' }));
    const deadline2 = within(group('Tour 2')).getByLabelText('Fin de l’évaluation du tour');
    await waitFor(() => expect(deadline2).toHaveAttribute('aria-invalid', 'true'));
    expect(deadline2).toHaveAccessibleDescription(/must be after round 1/);
    expect(within(group('Tour 1')).getByLabelText('Fin de l’évaluation du tour')).not.toHaveAttribute('aria-invalid');
    expect(within(group('Tour 1')).getByLabelText('Projets retenus (au total)')).toHaveAccessibleDescription(/required/);

    await userEvent.click(screen.getByRole('button', { name: 'Descendre le tour 1' }));
    expect(within(group('Tour 1')).getByLabelText('Nom (français)')).toHaveValue('Tour 2 fr');
    expect(within(group('Tour 1')).getByLabelText('Projets retenus (au total)')).toBeInTheDocument();
    expect(within(group('Tour 2')).getByLabelText('Nom (français)')).toHaveValue('Tour 1 fr');
    expect(within(group('Tour 2')).queryByLabelText(/Projets retenus/)).not.toBeInTheDocument();
  });

  it('is read-only with each round’s status once the edition is open, and closes the open round with a reason when understaffed', async () => {
    const { calls } = mockApi({
      ...reference,
      'GET /api/editions/{id}': edition({ status: 'EVALUATION', nextStatus: 'DELIBERATION', rounds: 2 }),
      'GET /api/editions/{id}/rounds': [round(1, { status: 'OPEN', scope: 'REGIONAL', advanceCount: 3 }), round(2)],
      'GET /api/editions/{id}/rounds/{p}/close-preview': {
        editionId: 3, position: 1, jurorsPerProject: 2, overrideRequired: true, blockers: [], disagreements: [], unsubmittedEvaluations: [],
        understaffed: [{ submissionId: 5, title: 'Robotique', submittedEvaluations: 1, assignedJurors: 2, required: 2 }],
      },
      'POST /api/editions/{id}/rounds/{p}/close': { position: 1, name: 'Tour 1 fr', scope: 'REGIONAL', status: 'CLOSED' },
      'GET /api/editions/{id}/rounds/{p}/shortlist': problem(409, 'round-not-closed'),
    });
    renderRoute('/admin/editions/3/rounds', { as: account('ADMIN') });
    const table = await screen.findByRole('table', { name: 'Tours de l’édition' });
    expect(within(table).getByText('En cours')).toBeInTheDocument();
    expect(within(table).getByText('À venir')).toBeInTheDocument();
    expect(within(table).getByText('3 par région')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Clore ce tour\u00a0: « Tour 1 fr »' }));
    const dialog = await screen.findByRole('dialog', { name: 'Clore le tour « Tour 1 fr »' });
    expect(await within(dialog).findByText(/« Robotique » : 1 évaluation soumise sur 2/)).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Clore le tour' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Indiquez le motif');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await userEvent.type(within(dialog).getByLabelText('Motif pour clore malgré tout'), 'Juré malade');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Clore le tour' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ override: { reason: 'Juré malade' } }));
    expect(calls.find((c) => c.method === 'POST')?.path).toBe('/api/editions/3/rounds/1/close');
  });
});

function row(submissionId: number, extra: Partial<ShortlistRow> = {}): ShortlistRow {
  return {
    submissionId, title: `Projet ${submissionId}`, regionCode: 'MA-06', authorName: 'Amina Test', rank: submissionId, regionRank: submissionId,
    rawScore: 80 - submissionId, normalizedScore: 70 - submissionId, evaluations: 2, proposed: submissionId === 1, advances: submissionId === 1,
    adjusted: false, outcome: 'IN', version: 4, disagreement: false, ...extra,
  };
}

function shortlist(extra: Partial<Shortlist> = {}): Shortlist {
  return {
    round: { position: 1, name: 'Présélection régionale', scope: 'REGIONAL', status: 'CLOSED' }, advanceCount: 1, unconfirmedRegions: 2,
    nextRound: { position: 2, name: 'Jury national', scope: 'NATIONAL', status: 'PENDING' },
    regions: [
      { regionCode: 'MA-06', entries: 2, proposed: 1, advancing: 1, adjusted: 0, confirmed: false },
      { regionCode: 'MA-04', entries: 1, proposed: 1, advancing: 1, adjusted: 0, confirmed: false },
    ],
    rows: [row(1), row(2), row(3, { regionCode: 'MA-04', proposed: true, advances: true })],
    ...extra,
  };
}

describe('shortlist', () => {
  it('requires a reason when the decision differs from the proposal, and sends it with the row’s version', async () => {
    const { calls } = mockApi({
      ...reference,
      'GET /api/editions/{id}/rounds/{p}/shortlist': shortlist(),
      'PUT /api/editions/{id}/rounds/{p}/shortlist/{s}': async (request: Request) => ({ ...row(2), ...(await request.json()), adjusted: true, version: 5 }),
    });
    renderRoute('/admin/editions/3/rounds/1/shortlist', { as: account('ADMIN') });
    expect(await screen.findByRole('heading', { name: /Projets qualifiés — Présélection régionale/ })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /par rang dans leur région/ });
    expect(within(table).getAllByRole('row')).toHaveLength(4);

    await userEvent.click(screen.getByRole('switch', { name: 'Retenir « Projet 2 »' }));
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer la décision' }));
    expect(screen.getByText('Indiquez le motif (3 caractères au moins).')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);

    await userEvent.type(screen.getByLabelText('Motif pour « Projet 2 »'), 'Projet exemplaire en zone rurale');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer la décision' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'PUT')).toBeDefined());
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.path).toBe('/api/editions/3/rounds/1/shortlist/2');
    expect(put.body).toEqual({ advances: true, reason: 'Projet exemplaire en zone rurale', version: 4 });
  });

  it('goes back to the proposal without a reason, and reloads when someone changed the row first', async () => {
    let reads = 0;
    const { calls } = mockApi({
      ...reference,
      'GET /api/editions/{id}/rounds/{p}/shortlist': () => { reads += 1; return shortlist({ rows: [row(1), row(2, { advances: true, adjusted: true, reason: 'Bon projet', version: 6 })] }); },
      'PUT /api/editions/{id}/rounds/{p}/shortlist/{s}': problem(409, 'stale-version'),
    });
    renderRoute('/admin/editions/3/rounds/1/shortlist', { as: account('ADMIN') });
    const toggle = await screen.findByRole('switch', { name: 'Retenir « Projet 2 »' });
    expect(toggle).toBeChecked();
    expect(screen.getByLabelText('Motif pour « Projet 2 »')).toHaveValue('Bon projet');
    await userEvent.click(toggle);
    await waitFor(() => expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ advances: false, version: 6 }));
    expect(await screen.findByText(/Quelqu’un a modifié cette décision entre-temps/)).toBeInTheDocument();
    await waitFor(() => expect(reads).toBeGreaterThan(1));
  });

  it('says what confirming a region does, then confirms that region', async () => {
    const { calls } = mockApi({
      ...reference,
      'GET /api/editions/{id}/rounds/{p}/shortlist': shortlist(),
      'POST /api/editions/{id}/rounds/{p}/shortlist/confirm': shortlist(),
    });
    renderRoute('/admin/editions/3/rounds/1/shortlist', { as: account('ADMIN') });
    await userEvent.click(await screen.findByRole('button', { name: 'Confirmer la région Casablanca-Settat' }));
    const dialog = await screen.findByRole('dialog', { name: 'Confirmer la liste de la région Casablanca-Settat' });
    expect(dialog).toHaveTextContent('1 projet passe au tour suivant, 1 s’arrête ici');
    expect(dialog).toHaveTextContent('Chaque auteur recevra un e-mail');
    expect(dialog).toHaveTextContent('Le tour suivant, « Jury national », s’ouvrira quand toutes les régions seront confirmées (1 reste à confirmer)');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirmer' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ region: 'MA-06' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('keeps a coordinator to its own region', async () => {
    const urls: string[] = [];
    mockApi({
      ...reference,
      // Even if the answer held another region, the screen would not offer it.
      'GET /api/editions/{id}/rounds/{p}/shortlist': (request: Request) => { urls.push(request.url); return shortlist(); },
    });
    renderRoute('/admin/editions/3/rounds/1/shortlist', { as: account('COORDINATOR' as never, { regionCode: 'MA-06' }) });
    expect(await screen.findByText('Votre région : Casablanca-Settat.')).toBeInTheDocument();
    expect(new URL(urls[0]).searchParams.get('region')).toBe('MA-06');
    expect(screen.getByRole('button', { name: 'Confirmer la région Casablanca-Settat' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /L’Oriental/ })).not.toBeInTheDocument();
    expect(screen.queryByText('Projet 3')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Région affichée')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Tours de l’édition/ })).not.toBeInTheDocument();
  });

  it('tells a coordinator the next round waits for the regions it does not see', async () => {
    mockApi({
      ...reference,
      // What the server answers a coordinator: its own region only, and how many regions are still unconfirmed.
      'GET /api/editions/{id}/rounds/{p}/shortlist': () => {
        const all = shortlist();
        return { ...all, regions: all.regions.filter((r) => r.regionCode === 'MA-06'), rows: all.rows.filter((r) => r.regionCode === 'MA-06') };
      },
    });
    renderRoute('/admin/editions/3/rounds/1/shortlist', { as: account('COORDINATOR' as never, { regionCode: 'MA-06' }) });
    await userEvent.click(await screen.findByRole('button', { name: 'Confirmer la région Casablanca-Settat' }));
    expect(await screen.findByRole('dialog')).toHaveTextContent('s’ouvrira quand toutes les régions seront confirmées (1 reste à confirmer)');
  });

  it('lets the admin read one region while the summary keeps every region', async () => {
    mockApi({
      ...reference,
      'GET /api/editions/{id}/rounds/{p}/shortlist': (request: Request) => {
        const region = new URL(request.url).searchParams.get('region');
        const all = shortlist();
        return region ? { ...all, regions: all.regions.filter((r) => r.regionCode === region), rows: all.rows.filter((r) => r.regionCode === region) } : all;
      },
    });
    renderRoute('/admin/editions/3/rounds/1/shortlist', { as: account('ADMIN') });
    await userEvent.selectOptions(await screen.findByLabelText('Région affichée'), 'MA-04');
    await waitFor(() => expect(screen.queryByText('Projet 1')).not.toBeInTheDocument());
    expect(screen.getByText('Projet 3')).toBeInTheDocument();
    const summary = screen.getByRole('table', { name: 'Bilan par région' });
    expect(within(summary).getAllByRole('row')).toHaveLength(3);
    expect(within(screen.getByLabelText('Région affichée')).getAllByRole('option').map((o) => o.textContent)).toEqual(['Toutes les régions', 'Casablanca-Settat', 'L’Oriental']);
  });

  it('is refused to a juror', async () => {
    mockApi({ ...reference });
    renderRoute('/admin/editions/3/rounds/1/shortlist', { as: account('JURY') });
    expect(await screen.findByRole('alert')).toBeInTheDocument();
  });
});

function submission(extra: Partial<Submission> = {}): Submission {
  return {
    id: 5, edition: { id: 3, number: 22, year: 2026, title: '22e édition', status: 'EVALUATION', submissionsCloseAt: '2026-03-31T22:59:00Z' },
    author: { id: 7, firstName: 'Amina', lastName: 'Test' }, title: 'Robotique', coAuthors: [], technologies: [], status: 'UNDER_REVIEW',
    editable: false, missingForSubmission: [], attachments: [], evidenceShowsPupils: false, parentalAuthorisationsHeld: false, authorisations: [], version: 1, submittedAt: '2026-03-01T10:00:00Z',
    createdAt: '2026-02-02T10:00:00Z', updatedAt: '2026-03-01T10:00:00Z', ...extra,
  };
}

describe('the teacher’s timeline', () => {
  it('shows one step per round with where the project stands, and never a score', async () => {
    const rounds: SubmissionRound[] = [
      // Scores a teacher must never see, even if an answer carried them.
      { position: 1, name: 'Présélection régionale', scope: 'REGIONAL', status: 'ADVANCED', reached: true, outcome: 'ADVANCED', evaluationCloseAt: '2026-04-21T22:59:00Z', rawScore: 87.5, normalizedScore: 91.25, rank: 2, evaluations: 2 },
      { position: 2, name: 'Jury national', scope: 'NATIONAL', status: 'OPEN', reached: true, outcome: 'IN', evaluationCloseAt: '2026-05-12T22:59:00Z' },
      { position: 3, name: 'Présentation des finalistes', scope: 'NATIONAL', status: 'PENDING', reached: false },
    ];
    mockApi({ ...reference, 'GET /api/submissions/{id}': submission(), 'GET /api/submissions/{id}/rounds': rounds });
    renderRoute('/my/submissions/5', { as: account('TEACHER') });
    const timeline = await screen.findByRole('region', { name: 'Votre projet au fil des tours' });
    const steps = within(timeline).getAllByRole('listitem');
    expect(steps).toHaveLength(3);
    expect(steps[0]).toHaveTextContent('Tour 1 : Présélection régionale');
    expect(steps[0]).toHaveTextContent('Qualifié pour le tour suivant');
    expect(steps[0]).toHaveTextContent('Régional');
    expect(steps[1]).toHaveTextContent('Votre projet est évalué dans ce tour');
    expect(steps[1]).toHaveAttribute('aria-current', 'step');
    expect(steps[1]).toHaveTextContent(/12 mai 2026/);
    expect(steps[2]).toHaveTextContent('Tour non atteint');
    expect(document.body).not.toHaveTextContent(/87|91|Note|Rang/);
  });

  it('shows nothing for an edition judged in a single round', async () => {
    mockApi({
      ...reference, 'GET /api/submissions/{id}': submission(),
      'GET /api/submissions/{id}/rounds': [{ position: 1, name: 'Jury national', scope: 'NATIONAL', status: 'OPEN', reached: true, outcome: 'IN' }],
    });
    renderRoute('/my/submissions/5', { as: account('TEACHER') });
    expect(await screen.findByRole('heading', { name: 'Robotique' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Votre projet au fil des tours')).not.toBeInTheDocument());
  });
});

function entry(submissionId: number, regionCode: string, regionRank: number): RankingEntry {
  return {
    rank: submissionId, submissionId, title: `Projet ${submissionId}`, authorName: 'Amina Test', regionCode, regionRank, rawScore: 80, normalizedScore: 75,
    evaluations: 2, assigned: 2, active: 2, missingEvaluations: 0, understaffed: false, spread: 0, disagreement: false,
  };
}

describe('the round selector', () => {
  it('shows the current round first, then the round chosen, kept in the address', async () => {
    const asked: string[] = [];
    const ranking = (position: number, scope: 'REGIONAL' | 'NATIONAL') => ({
      editionId: 3, disagreementThreshold: 20, jurorsPerProject: 2,
      round: { position, nameFr: `Tour ${position} fr`, scope, rubric: 'CLD21', status: 'OPEN' },
      items: position === 1 ? [entry(1, 'MA-06', 1), entry(2, 'MA-04', 1), entry(3, 'MA-06', 2)] : [entry(1, 'MA-06', 1)],
    });
    mockApi({
      ...reference,
      'GET /api/editions/{id}': edition({
        status: 'EVALUATION', nextStatus: 'DELIBERATION', rounds: 3,
        currentRound: { position: 2, nameFr: 'Tour 2 fr', scope: 'NATIONAL', rubric: 'CLD21', status: 'OPEN' },
      }),
      'GET /api/editions/{id}/rounds': [
        round(1, { status: 'ADVANCED', scope: 'REGIONAL', advanceCount: 3, current: false }), round(2, { status: 'OPEN', current: true, advanceCount: 10 }), round(3),
      ],
      'GET /api/editions/{id}/ranking': (request: Request) => {
        const position = Number(new URL(request.url).searchParams.get('round'));
        asked.push(`ranking:${position}`);
        return ranking(position, position === 1 ? 'REGIONAL' : 'NATIONAL');
      },
      'GET /api/editions/{id}/severity': (request: Request) => { asked.push(`severity:${new URL(request.url).searchParams.get('round')}`); return []; },
      'GET /api/editions/{id}/ranking/agreement': problem(409, 'not-computable'),
    });
    const { location } = renderRoute('/admin/editions/3/ranking', { as: account('ADMIN') });
    const select = await screen.findByLabelText('Tour');
    expect(select).toHaveValue('2');
    await waitFor(() => expect(asked).toContain('ranking:2'));
    expect(asked).toContain('severity:2');
    expect(screen.queryByRole('columnheader', { name: 'Rang régional' })).not.toBeInTheDocument();

    await userEvent.selectOptions(select, '1');
    await waitFor(() => expect(asked).toContain('ranking:1'));
    expect(asked).toContain('severity:1');
    expect(location().search).toBe('?round=1');
    expect(await screen.findByRole('columnheader', { name: 'Rang régional' })).toBeInTheDocument();
    expect(screen.getAllByText('Projet 3')).toHaveLength(1);
    await userEvent.selectOptions(screen.getByLabelText('Région affichée'), 'MA-04');
    expect(screen.queryByText('Projet 3')).not.toBeInTheDocument();
    expect(screen.getByText('Projet 2')).toBeInTheDocument();
    // The round goes along to the other judging tab.
    expect(screen.getByRole('link', { name: 'Affectation' })).toHaveAttribute('href', '/admin/editions/3/assignment?round=1');
  });

  it('is not shown for an edition judged in one round, whose screens ask for no round', async () => {
    const urls: string[] = [];
    mockApi({
      ...reference,
      'GET /api/editions/{id}': edition({ status: 'EVALUATION', nextStatus: 'DELIBERATION', rounds: 1 }),
      'GET /api/editions/{id}/ranking': (request: Request) => { urls.push(request.url); return { editionId: 3, disagreementThreshold: 20, jurorsPerProject: 2, round: { position: 1, nameFr: 'Jury national', scope: 'NATIONAL', rubric: 'CLD21', status: 'OPEN' }, items: [] }; },
      'GET /api/editions/{id}/severity': [],
      'GET /api/editions/{id}/ranking/agreement': problem(409, 'not-computable'),
    });
    renderRoute('/admin/editions/3/ranking', { as: account('ADMIN') });
    await waitFor(() => expect(urls).toHaveLength(1));
    expect(new URL(urls[0]).searchParams.has('round')).toBe(false);
    expect(screen.queryByLabelText('Tour')).not.toBeInTheDocument();
  });
});

describe('jurors’ lists per round', () => {
  it('groups a juror’s assignments by round when they judge in more than one', async () => {
    const a = (id: number, roundPosition: number, roundName: string) => ({
      id, editionId: 3, editionNumber: 22, editionStatus: 'EVALUATION', submissionId: id, title: `Projet ${id}`, evaluationStatus: 'NOT_STARTED',
      roundPosition, roundName, roundStatus: roundPosition === 1 ? 'CLOSED' : 'OPEN',
    });
    mockApi({ ...reference, 'GET /api/jury/assignments': [a(1, 1, 'Présélection régionale'), a(2, 2, 'Jury national'), a(3, 2, 'Jury national')], 'GET /api/jury/calibrations': [] });
    renderRoute('/jury', { as: account('JURY') });
    const national = await screen.findByRole('table', { name: 'Projets affectés — 22e édition, tour 2\u00a0: Jury national' });
    expect(within(national).getAllByRole('link').map((l) => l.textContent)).toEqual(['Projet 2', 'Projet 3']);
    expect(within(screen.getByRole('table', { name: /tour 1\u00a0: Présélection régionale/ })).getByRole('link', { name: 'Projet 1' })).toBeInTheDocument();
  });
});

describe('every round’s scores for the administration', () => {
  it('shows a project’s scores in each round side by side, read when asked for', async () => {
    const { calls } = mockApi({
      ...reference,
      'GET /api/editions/{id}': edition({ status: 'EVALUATION', nextStatus: 'DELIBERATION', rounds: 2 }),
      'GET /api/editions/{id}/rounds': [round(1, { status: 'ADVANCED', scope: 'REGIONAL', advanceCount: 3 }), round(2, { status: 'OPEN', current: true })],
      'GET /api/editions/{id}/criteria': [],
      'GET /api/editions/{id}/evaluations': {
        items: [{ submissionId: 5, title: 'Robotique', authorName: 'Amina Bennani', status: 'UNDER_REVIEW', evaluations: [] }], page: 0, size: 10, total: 1,
      },
      'GET /api/submissions/{id}/rounds': [
        { position: 1, name: 'Présélection régionale', scope: 'REGIONAL', status: 'ADVANCED', reached: true, outcome: 'ADVANCED', rawScore: 87.5, normalizedScore: 91.25, rank: 2, evaluations: 2 },
        { position: 2, name: 'Jury national', scope: 'NATIONAL', status: 'OPEN', reached: true, outcome: 'IN', rawScore: 70, normalizedScore: 68, rank: 4, evaluations: 1 },
      ],
    });
    renderRoute('/admin/editions/3/evaluations', { as: account('ADMIN') });
    const toggle = await screen.findByText('Notes par tour');
    expect(calls.some((c) => c.path === '/api/submissions/5/rounds')).toBe(false);
    await userEvent.click(toggle);
    const table = await screen.findByRole('table', { name: 'Notes de « Robotique » dans chaque tour' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent(/Présélection régionale.*Liste confirmée.*Qualifié pour le tour suivant.*2.*87,5.*91,3.*2/);
    expect(rows[1]).toHaveTextContent(/Jury national.*En cours.*évalué dans ce tour.*4.*70,0.*68,0.*1/);
  });
});

describe('in Arabic', () => {
  it('tells the teacher where her project stands, right to left', async () => {
    const { default: i18n } = await import('@/lib/i18n');
    await i18n.changeLanguage('ar');
    mockApi({
      ...reference, 'GET /api/submissions/{id}': submission(),
      'GET /api/submissions/{id}/rounds': [
        { position: 1, name: 'الانتقاء الجهوي', scope: 'REGIONAL', status: 'ADVANCED', reached: true, outcome: 'NOT_ADVANCED' },
        { position: 2, name: 'اللجنة الوطنية', scope: 'NATIONAL', status: 'OPEN', reached: false },
      ],
    });
    renderRoute('/my/submissions/5', { as: account('TEACHER') });
    const timeline = await screen.findByRole('region', { name: 'مشروعكم عبر أدوار التحكيم' });
    expect(document.documentElement.dir).toBe('rtl');
    const steps = within(timeline).getAllByRole('listitem');
    expect(steps[0]).toHaveTextContent('غير متأهل إلى الدور الموالي');
    expect(steps[1]).toHaveTextContent('دور لم يبلغه المشروع');
  });
});

describe('a change of language', () => {
  it('reads the rounds again in the new language (their names come from the server in the language asked)', async () => {
    const { default: i18n } = await import('@/lib/i18n');
    const name = (lang: string | null) => (lang === 'ar' ? 'الانتقاء الجهوي' : 'Présélection régionale');
    mockApi({
      ...reference, 'GET /api/submissions/{id}': submission(),
      'GET /api/submissions/{id}/rounds': (request: Request) => [
        { position: 1, name: name(request.headers.get('Accept-Language')), scope: 'REGIONAL', status: 'OPEN', reached: true, outcome: 'IN' },
        { position: 2, name: 'Jury national', scope: 'NATIONAL', status: 'PENDING', reached: false },
      ],
    });
    renderRoute('/my/submissions/5', { as: account('TEACHER') });
    const timeline = await screen.findByRole('region', { name: 'Votre projet au fil des tours' });
    expect(within(timeline).getAllByRole('listitem')[0]).toHaveTextContent('Présélection régionale');
    await act(async () => { await i18n.changeLanguage('ar'); });
    const arabic = await screen.findByRole('region', { name: 'مشروعكم عبر أدوار التحكيم' });
    await waitFor(() => expect(within(arabic).getAllByRole('listitem')[0]).toHaveTextContent('الانتقاء الجهوي'));
  });
});

describe('assignments by round', () => {
  it('reads the chosen round’s assignments and progress, and changes none in a round that is over', async () => {
    const asked: string[] = [];
    const track = (name: string, body: unknown) => (request: Request) => {
      asked.push(`${name}:${new URL(request.url).searchParams.get('round')}`);
      return body;
    };
    mockApi({
      ...reference,
      'GET /api/editions/{id}': edition({ status: 'EVALUATION', nextStatus: 'DELIBERATION', rounds: 2 }),
      'GET /api/editions/{id}/rounds': [round(1, { status: 'ADVANCED', scope: 'REGIONAL', advanceCount: 3 }), round(2, { status: 'OPEN', current: true })],
      'GET /api/editions/{id}/progress': track('progress', {
        round: { position: 1, nameFr: 'Tour 1 fr', scope: 'REGIONAL', rubric: 'CLD21', status: 'ADVANCED' },
        jurorsPerProject: 2, assignments: 0, submittedEvaluations: 0, understaffed: 0, jurors: [], submissions: [],
      }),
      'GET /api/editions/{id}/assignments': track('assignments', []),
      'GET /api/editions/{id}/conflicts': [],
      'GET /api/submissions': { items: [], page: 0, size: 100, total: 0 },
    });
    renderRoute('/admin/editions/3/assignment?round=1', { as: account('ADMIN') });
    expect(await screen.findByText(/Ce tour n’est pas en cours/)).toBeInTheDocument();
    expect(screen.getByLabelText('Tour')).toHaveValue('1');
    expect(screen.queryByRole('button', { name: 'Affecter automatiquement' })).not.toBeInTheDocument();
    await waitFor(() => expect(asked).toEqual(expect.arrayContaining(['progress:1', 'assignments:1'])));
    await userEvent.selectOptions(screen.getByLabelText('Tour'), '2');
    expect(await screen.findByRole('button', { name: 'Affecter automatiquement' })).toBeInTheDocument();
    await waitFor(() => expect(asked).toEqual(expect.arrayContaining(['progress:2', 'assignments:2'])));
  });
});
