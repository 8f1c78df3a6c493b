import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, problem } from '@/testing/api-mock';
import { account, renderRoute } from '@/testing/render';
import type { Submission, SubmissionInput } from '@/lib/api/types';

const EDITION = { id: 3, number: 22, year: 2026, title: '22e édition', status: 'OPEN', submissionsCloseAt: '2099-03-31T22:59:00Z' } as const;

function submission(extra: Partial<Submission> = {}): Submission {
  return {
    id: 5, edition: { ...EDITION }, author: { id: 7, firstName: 'Amina', lastName: 'Test' }, title: 'Robotique', coAuthors: [],
    technologies: [], status: 'DRAFT', editable: true, missingForSubmission: [], attachments: [], evidenceShowsPupils: false, parentalAuthorisationsHeld: false, authorisations: [], version: 1,
    createdAt: '2026-10-02T10:00:00Z', updatedAt: '2026-10-02T10:00:00Z', ...extra,
  };
}

const complete: Partial<Submission> = {
  summary: 'Un robot trieur', description: 'Six semaines de projet.', discipline: 'Technologie', schoolLevel: 'SECONDAIRE_COLLEGIAL',
  regionCode: 'MA-06', schoolName: 'Collège Ibn Batouta', technologies: ['Arduino'], pupilsCount: 28,
};

const reference = { 'GET /api/reference/regions': [], 'GET /api/reference/school-levels': [] };

/** A project held by the fake server: GET answers what PUT, submit and withdraw made of it. */
function serverWith(initial: Submission) {
  let current = initial;
  const puts: SubmissionInput[] = [];
  const routes = {
    ...reference,
    'GET /api/submissions/{id}': () => current,
    'PUT /api/submissions/{id}': async (request: Request) => {
      const body = (await request.json()) as SubmissionInput;
      puts.push(body);
      const { version: _read, ...content } = body;
      current = { ...current, ...(Object.fromEntries(Object.entries(content).map(([k, v]) => [k, v ?? undefined])) as Partial<Submission>), version: current.version + 1 };
      return current;
    },
    'POST /api/submissions/{id}/submit': () => {
      current = { ...current, status: 'SUBMITTED', editable: true, submittedAt: '2026-11-20T09:30:00Z', version: current.version + 1 };
      return current;
    },
    'POST /api/submissions/{id}/withdraw': () => {
      current = { ...current, status: 'WITHDRAWN', editable: false, version: current.version + 1 };
      return current;
    },
  };
  return { routes, puts, get: () => current };
}

const teacher = () => account('TEACHER');
const saved = () => screen.findByText(/^Enregistré \(/, {}, { timeout: 5000 });

describe('a submitted project', () => {
  it('is shown read-only with its dates, and changed only after "Modifier mon projet", straight into the submitted project', async () => {
    const server = serverWith(submission({ ...complete }));
    const { calls } = mockApi(server.routes);
    renderRoute('/teacher/submissions/5', { as: teacher() });
    await userEvent.click(await screen.findByRole('button', { name: 'Soumettre mon projet' }));
    expect(await screen.findByText('Projet soumis.')).toBeInTheDocument();
    expect(await screen.findByText(/^Projet soumis le 20 novembre 2026 .*Vous pouvez encore le modifier jusqu’au 31 mars 2099 .*\(heure du Maroc\)\.$/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Soumettre à nouveau' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Résumé')).toHaveAttribute('readonly');
    expect(screen.queryByLabelText('Ajouter des fichiers')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retirer ma candidature' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Modifier mon projet' }));
    expect(screen.getByText('Vos modifications sont enregistrées directement dans le projet soumis : inutile de le soumettre à nouveau.')).toBeInTheDocument();
    expect(screen.getByLabelText('Titre du projet')).toHaveFocus();
    expect(screen.getByLabelText('Résumé')).not.toHaveAttribute('readonly');
    expect(screen.getByLabelText('Ajouter des fichiers')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Soumettre à nouveau' })).not.toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Résumé'), ' solaire');
    await saved();
    expect(server.puts.at(-1)).toMatchObject({ summary: 'Un robot trieur solaire' });
    expect(server.get().status).toBe('SUBMITTED');

    await userEvent.click(screen.getByRole('button', { name: 'Terminer les modifications' }));
    expect(await screen.findByRole('button', { name: 'Modifier mon projet' })).toBeInTheDocument();
    expect(screen.getByLabelText('Résumé')).toHaveAttribute('readonly');
    expect(calls.filter((c) => c.path.endsWith('/submit'))).toHaveLength(1);
  });

  it('asks to keep what submitting requires instead of failing the whole save', async () => {
    const server = serverWith(submission({ ...complete, status: 'SUBMITTED', submittedAt: '2026-11-20T09:30:00Z' }));
    mockApi(server.routes);
    renderRoute('/teacher/submissions/5', { as: teacher() });
    await userEvent.click(await screen.findByRole('button', { name: 'Modifier mon projet' }));
    await userEvent.clear(screen.getByLabelText('Résumé'));
    await userEvent.type(screen.getByLabelText('Discipline'), ' et sciences');
    await screen.findByText(/^Enregistré \(.*\), sauf : Résumé \(à corriger\)\.$/, {}, { timeout: 5000 });
    expect(server.puts.at(-1)).toMatchObject({ summary: 'Un robot trieur', discipline: 'Technologie et sciences' });
    expect(screen.getByLabelText('Résumé')).toHaveAccessibleDescription(expect.stringMatching(/^Un projet soumis doit garder ce champ\u00a0: complétez-le\. /));
    await userEvent.click(screen.getByRole('button', { name: 'Terminer les modifications' }));
    expect(await screen.findByText('Corrigez d’abord : Résumé.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Terminer les modifications' })).toBeInTheDocument();
  });
});

describe('a withdrawn project', () => {
  it('can be submitted again while the call is open', async () => {
    const server = serverWith(submission({ ...complete, status: 'WITHDRAWN', editable: false, submittedAt: '2026-11-20T09:30:00Z' }));
    const { calls } = mockApi(server.routes);
    renderRoute('/teacher/submissions/5', { as: teacher() });
    expect(await screen.findByText('Vous avez retiré ce projet du concours.')).toBeInTheDocument();
    expect(screen.getByText(/^Vous pouvez le soumettre à nouveau jusqu’au 31 mars 2099 .*\(heure du Maroc\)\.$/)).toBeInTheDocument();
    expect(screen.queryByText('Ce projet ne peut plus être modifié.')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Soumettre à nouveau' }));
    expect(await screen.findByText('Projet soumis.')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual(['/api/submissions/5/submit']);
    expect(await screen.findByRole('button', { name: 'Modifier mon projet' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Soumettre à nouveau' })).not.toBeInTheDocument();
  });

  it('no longer says "Projet soumis." once withdrawn, and says it again when submitted again', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    try {
      const server = serverWith(submission({ ...complete }));
      mockApi(server.routes);
      renderRoute('/teacher/submissions/5', { as: teacher() });
      await userEvent.click(await screen.findByRole('button', { name: 'Soumettre mon projet' }));
      expect(await screen.findByText('Projet soumis.')).toBeInTheDocument();
      await userEvent.click(await screen.findByRole('button', { name: 'Retirer ma candidature' }));
      expect(await screen.findByText('Vous avez retiré ce projet du concours.')).toBeInTheDocument();
      expect(screen.queryByText('Projet soumis.')).not.toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: 'Soumettre à nouveau' }));
      expect(await screen.findByText('Projet soumis.')).toBeInTheDocument();
      expect(server.get().status).toBe('SUBMITTED');
    } finally {
      confirm.mockRestore();
    }
  });

  it('says why it cannot be submitted again once the call has closed or moved on', async () => {
    mockApi({ ...reference, 'GET /api/submissions/{id}': submission({ ...complete, status: 'WITHDRAWN', editable: false, edition: { ...EDITION, submissionsCloseAt: '2026-03-31T22:59:00Z' } }) });
    const first = renderRoute('/teacher/submissions/5', { as: teacher() });
    expect(await screen.findByText(/^L’appel à projets a fermé le 31 mars 2026 .*\(heure du Maroc\) : ce projet ne peut plus être soumis à nouveau\.$/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Soumettre à nouveau' })).not.toBeInTheDocument();
    first.unmount();

    mockApi({ ...reference, 'GET /api/submissions/{id}': submission({ ...complete, status: 'WITHDRAWN', editable: false, edition: { ...EDITION, status: 'EVALUATION' } }) });
    renderRoute('/teacher/submissions/5', { as: teacher() });
    expect(await screen.findByText('L’appel à projets n’est plus ouvert (étape « Évaluation ») : ce projet ne peut plus être soumis à nouveau.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Soumettre à nouveau' })).not.toBeInTheDocument();
  });
});

describe('the autosave of a draft', () => {
  it('saves the other fields when one is invalid, says which was not saved and why, next to it', async () => {
    const server = serverWith(submission());
    mockApi(server.routes);
    renderRoute('/teacher/submissions/5', { as: teacher() });
    await userEvent.type(await screen.findByLabelText('Nombre d’élèves impliqués'), '-5');
    await userEvent.type(screen.getByLabelText('Lien vers une vidéo'), 'www.youtube.com/robot');
    await userEvent.type(screen.getByLabelText('Résumé'), 'Un robot trieur');
    const status = await screen.findByText(/^Enregistré \(.*\), sauf : Nombre d’élèves impliqués et Lien vers une vidéo \(à corriger\)\.$/, {}, { timeout: 5000 });
    expect(status).toHaveAttribute('role', 'status');
    expect(server.puts).toHaveLength(1);
    expect(server.puts[0]).toMatchObject({ summary: 'Un robot trieur', pupilsCount: null, videoUrl: null });

    const pupils = screen.getByLabelText('Nombre d’élèves impliqués');
    expect(pupils).toHaveAttribute('aria-invalid', 'true');
    expect(pupils).toHaveAccessibleDescription('Indiquez un nombre entier d’élèves, de 1 à 100.000.');
    expect(screen.getByLabelText('Lien vers une vidéo')).toHaveAccessibleDescription(expect.stringMatching(/^Indiquez une adresse complète qui commence par http:\/\/ ou https:\/\/\. /));

    await userEvent.clear(pupils);
    await userEvent.type(pupils, '28');
    await waitFor(() => expect(server.puts).toHaveLength(2), { timeout: 5000 });
    expect(server.puts[1]).toMatchObject({ pupilsCount: 28, videoUrl: null });
    expect(pupils).not.toHaveAttribute('aria-invalid');
  });

  it('lists what is missing from what the teacher has typed, not from the last save', async () => {
    mockApi(serverWith(submission({ missingForSubmission: ['summary', 'technologies'] })).routes);
    renderRoute('/teacher/submissions/5', { as: teacher() });
    const missing = (await screen.findByText('Pour soumettre, complétez :')).parentElement!;
    expect(within(missing).getByText('Résumé')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Résumé'), 'U');
    expect(within(missing).queryByText('Résumé')).not.toBeInTheDocument();
    expect(within(missing).getByText('Technologies utilisées')).toBeInTheDocument();
  });

  it('counts the characters of a title beyond its limit instead of cutting it, and does not save it', async () => {
    const server = serverWith(submission());
    mockApi(server.routes);
    renderRoute('/teacher/submissions/5', { as: teacher() });
    const title = await screen.findByLabelText('Titre du projet');
    expect(screen.getByText('9 / 200')).toBeInTheDocument();
    const long = 'Un titre très long '.repeat(16).slice(0, 288);
    await userEvent.clear(title);
    await userEvent.click(title);
    await userEvent.paste(long);
    await userEvent.type(screen.getByLabelText('Discipline'), 'Physique');
    expect(title).toHaveValue(long);
    expect(screen.getByText('288 / 200')).toBeInTheDocument();
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription(expect.stringMatching(/^Trop long\u00a0: 200 caractères au plus\. /));
    await screen.findByText(/, sauf : Titre du projet \(à corriger\)\.$/, {}, { timeout: 5000 });
    expect(server.puts.at(-1)).toMatchObject({ title: 'Robotique', discipline: 'Physique' });
  });

  it('keeps a value the server refuses out of the save, and saves the rest', async () => {
    const puts: SubmissionInput[] = [];
    mockApi({
      ...reference,
      'GET /api/submissions/{id}': submission(),
      'PUT /api/submissions/{id}': async (request: Request) => {
        const body = (await request.json()) as SubmissionInput;
        puts.push(body);
        if (body.summary?.includes('\u0007')) return problem(400, 'validation', { errors: [{ field: 'summary', message: 'ne doit pas contenir de caractères de contrôle' }] });
        return submission({ ...(body as Partial<Submission>), summary: body.summary ?? undefined, version: 2 });
      },
    });
    renderRoute('/teacher/submissions/5', { as: teacher() });
    await userEvent.click(await screen.findByLabelText('Résumé'));
    await userEvent.paste('Bip\u0007');
    await userEvent.type(screen.getByLabelText('Discipline'), 'Physique');
    await screen.findByText(/, sauf : Résumé \(à corriger\)\.$/, {}, { timeout: 5000 });
    expect(puts.map((p) => [p.summary, p.discipline])).toEqual([['Bip\u0007', 'Physique'], [null, 'Physique']]);
    expect(screen.getByLabelText('Résumé')).toHaveAccessibleDescription(expect.stringMatching(/^Valeur refusée par le serveur\u00a0: ne doit pas contenir de caractères de contrôle /));
  });
});

describe('adding evidence', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('names each refused file and why, and sends the others', async () => {
    const sent: string[][] = [];
    class FakeXhr {
      status = 0; statusText = ''; responseText = ''; upload = { onprogress: null }; onload: (() => void) | null = null; onerror: (() => void) | null = null;
      open() {}
      setRequestHeader() {}
      send(form: FormData) {
        const names = form.getAll('files').map((f) => (f as File).name);
        sent.push(names);
        const bad = names.indexOf('carnet.pdf');
        this.status = bad >= 0 ? 415 : 201;
        this.responseText = JSON.stringify(bad >= 0
          ? { type: 'https://innovatice.ma/problems/unsupported-file-type', title: 'Unsupported file type', status: 415, detail: "'carnet.pdf' is not a PDF…", errors: [{ field: `files[${bad}]`, message: "'carnet.pdf' is not a PDF…" }] }
          : []);
        setTimeout(() => this.onload?.(), 0);
      }
    }
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    mockApi(serverWith(submission()).routes);
    renderRoute('/teacher/submissions/5', { as: teacher() });
    const user = userEvent.setup({ applyAccept: false });
    const input = await screen.findByLabelText('Ajouter des fichiers');
    const big = new File(['x'], 'film.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: 35 * 1024 * 1024 });
    await user.upload(input, [
      new File(['MZ'], 'preuve.exe', { type: 'application/x-msdownload' }), big,
      new File(['%PDF'], 'plan.pdf', { type: 'application/pdf' }), new File(['zip'], 'carnet.pdf', { type: 'application/pdf' }),
    ]);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Ces fichiers n’ont pas été ajoutés :')).toBeInTheDocument();
    await waitFor(() => expect(within(alert).getAllByRole('listitem').map((li) => li.textContent!.replace(/\s/g, ' '))).toEqual([
      'preuve.exe : type de fichier non accepté',
      'film.pdf : fichier trop volumineux (35 Mo ; 20 Mo au plus)',
      'carnet.pdf : type de fichier non accepté',
    ]));
    expect(sent).toEqual([['plan.pdf', 'carnet.pdf']]);
  });
});

describe('the pupils declaration (issue 20)', () => {
  it('asks whether the evidence shows pupils, needs the authorisations when it does, and saves both answers', async () => {
    const server = serverWith(submission({ ...complete, evidenceShowsPupils: undefined, missingForSubmission: ['evidenceShowsPupils'] }));
    mockApi(server.routes);
    renderRoute('/teacher/submissions/5', { as: teacher() });
    const declaration = await screen.findByRole('group', { name: 'Élèves visibles dans les pièces justificatives' });
    expect(within(declaration).getByText(/ne peut être soumis que si l’établissement détient l’autorisation écrite des parents/)).toBeInTheDocument();
    const missing = screen.getByText('Pour soumettre, complétez :').parentElement!;
    expect(within(missing).getByText('Élèves visibles dans les pièces')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Autorisations des parents (facultatif)' })).not.toBeInTheDocument();

    await userEvent.click(within(declaration).getByRole('radio', { name: 'Oui, des élèves sont visibles ou identifiables' }));
    const held = within(declaration).getByRole('checkbox', { name: /l’établissement détient l’autorisation écrite des parents/ });
    expect(held).not.toBeChecked();
    expect(within(screen.getByText('Pour soumettre, complétez :').parentElement!).getByText('Autorisations des parents')).toBeInTheDocument();
    // The scans are optional, sent apart from the evidence, and said to stay away from the jury.
    expect(screen.getByRole('heading', { name: 'Autorisations des parents (facultatif)' })).toBeInTheDocument();
    expect(screen.getByText(/jamais le jury ni le public/)).toBeInTheDocument();
    expect(screen.getByLabelText('Joindre des autorisations')).toHaveAttribute('accept', '.pdf,.png,.jpg,.jpeg');
    await saved();
    expect(server.puts.at(-1)).toMatchObject({ evidenceShowsPupils: true, parentalAuthorisationsHeld: false });

    await userEvent.click(held);
    await waitFor(() => expect(server.puts.at(-1)).toMatchObject({ evidenceShowsPupils: true, parentalAuthorisationsHeld: true }));
    expect(screen.queryByText('Pour soumettre, complétez :')).not.toBeInTheDocument();

    await userEvent.click(within(declaration).getByRole('radio', { name: 'Non, aucun élève n’est visible ni nommé' }));
    await waitFor(() => expect(server.puts.at(-1)).toMatchObject({ evidenceShowsPupils: false, parentalAuthorisationsHeld: false }));
    expect(within(declaration).queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Autorisations des parents (facultatif)' })).not.toBeInTheDocument();
  });

  it('sends nothing about the declaration while it is not answered', async () => {
    const server = serverWith(submission({ evidenceShowsPupils: undefined }));
    mockApi(server.routes);
    renderRoute('/teacher/submissions/5', { as: teacher() });
    await userEvent.type(await screen.findByLabelText('Résumé'), 'Un potager');
    await saved();
    expect(server.puts.at(-1)).toMatchObject({ summary: 'Un potager', evidenceShowsPupils: null, parentalAuthorisationsHeld: null });
  });
});
