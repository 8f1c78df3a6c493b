import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '@/testing/api-mock';
import { account, renderRoute } from '@/testing/render';
import type { Submission } from '@/lib/api/types';
import type { AnonymityReport } from '../api/get-submission-anonymity';

const project: Submission = {
  id: 5, edition: { id: 3, number: 22, year: 2026, title: '22e édition', status: 'OPEN', submissionsCloseAt: '2099-03-31T22:59:00Z' },
  author: { id: 7, firstName: 'Amina', lastName: 'El Idrissi' }, title: 'Robotique', summary: 'Un robot trieur',
  description: 'Les élèves de Mme Amina El Idrissi ont construit un robot.', discipline: 'Technologie',
  schoolLevel: 'SECONDAIRE_COLLEGIAL', regionCode: 'MA-06', schoolName: 'Collège Ibn Sina', technologies: ['Arduino'], pupilsCount: 28,
  coAuthors: [], status: 'DRAFT', editable: true, missingForSubmission: [], evidenceShowsPupils: false, parentalAuthorisationsHeld: false, authorisations: [],
  attachments: [{ id: 11, filename: 'rapport.pdf', contentType: 'application/pdf', sizeBytes: 2048, sha256: 'a'.repeat(64), uploadedAt: '2026-10-02T10:00:00Z' }],
  version: 1, createdAt: '2026-10-02T10:00:00Z', updatedAt: '2026-10-02T10:00:00Z',
};

const flagged: AnonymityReport = {
  submissionId: 5, blind: true, scannedAt: '2026-10-02T10:00:00Z', truncated: false,
  findings: [
    { kind: 'NAME', field: 'description', term: 'Amina El Idrissi', excerpt: 'Les élèves de Mme Amina El Idrissi ont construit un robot.' },
    { kind: 'SCHOOL', attachmentId: 11, filename: 'rapport.pdf', page: 2, term: 'Collège Ibn Sina', excerpt: '…au Collège Ibn Sina de Casablanca' },
  ],
  files: [{ attachmentId: 11, filename: 'rapport.pdf', checked: true }, { attachmentId: 12, filename: 'photos.docx', checked: false, reason: 'UNREADABLE' }],
};

function server(report: AnonymityReport) {
  let current = project;
  return {
    'GET /api/reference/regions': [], 'GET /api/reference/school-levels': [],
    'GET /api/submissions/{id}': () => current,
    'GET /api/submissions/{id}/anonymity': report,
    'POST /api/submissions/{id}/submit': () => {
      current = { ...current, status: 'SUBMITTED', submittedAt: '2026-11-20T09:30:00Z', version: current.version + 1 };
      return current;
    },
  };
}

const teacher = () => account('TEACHER', { firstName: 'Amina', lastName: 'El Idrissi' });

describe('the anonymity warning of a blind edition', () => {
  it('says where the author still shows, links to the field, and names the files not checked', async () => {
    mockApi(server(flagged));
    renderRoute('/teacher/submissions/5', { as: teacher() });
    const panel = await screen.findByRole('region', { name: 'Anonymat du projet' });
    expect(within(panel).getByText('Votre identité apparaît à 2 endroits. Retirez-la si vous le pouvez ; vous pouvez aussi soumettre tel quel : c’est vous qui décidez.')).toBeInTheDocument();
    expect(within(panel).getByText('Un nom (le vôtre ou celui d’un co-auteur) apparaît dans « Description » :')).toBeInTheDocument();
    expect(within(panel).getByText('Votre établissement apparaît à la page 2 de \u2068rapport.pdf\u2069 :')).toBeInTheDocument();
    expect(within(panel).getByText('…au Collège Ibn Sina de Casablanca')).toHaveAttribute('dir', 'auto');
    expect(within(panel).getByText('\u2068photos.docx\u2069 n’a pas pu être vérifié (fichier illisible) : relisez-le vous-même.')).toBeInTheDocument();
    await userEvent.click(within(panel).getByRole('button', { name: 'Aller au champ « Description »' }));
    expect(screen.getByLabelText('Description')).toHaveFocus();
  });

  it('repeats the warning when submitting, and submits only when the author says so', async () => {
    const { calls } = mockApi(server(flagged));
    renderRoute('/teacher/submissions/5', { as: teacher() });
    await userEvent.click(await screen.findByRole('button', { name: 'Soumettre mon projet' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Votre identité apparaît encore dans votre projet' });
    expect(within(dialog).getByText('Votre établissement apparaît à la page 2 de \u2068rapport.pdf\u2069 :')).toBeInTheDocument();
    expect(calls.filter((c) => c.path.endsWith('/submit'))).toHaveLength(0);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Revenir à mon projet' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(calls.filter((c) => c.path.endsWith('/submit'))).toHaveLength(0);

    await userEvent.click(screen.getByRole('button', { name: 'Soumettre mon projet' }));
    await userEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Soumettre quand même' }));
    expect(await screen.findByText('Projet soumis.')).toBeInTheDocument();
    expect(calls.filter((c) => c.path.endsWith('/submit'))).toHaveLength(1);
  });

  it('says nothing for an edition that is not blind, and submits straight away', async () => {
    const { calls } = mockApi(server({ submissionId: 5, blind: false, findings: [], files: [], truncated: false }));
    renderRoute('/teacher/submissions/5', { as: teacher() });
    await userEvent.click(await screen.findByRole('button', { name: 'Soumettre mon projet' }));
    expect(await screen.findByText('Projet soumis.')).toBeInTheDocument();
    expect(calls.filter((c) => c.path.endsWith('/submit'))).toHaveLength(1);
    expect(screen.queryByRole('region', { name: 'Anonymat du projet' })).not.toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('reassures the author when nothing was found', async () => {
    mockApi(server({ ...flagged, findings: [], files: [{ attachmentId: 11, filename: 'rapport.pdf', checked: true }] }));
    renderRoute('/teacher/submissions/5', { as: teacher() });
    const panel = await screen.findByRole('region', { name: 'Anonymat du projet' });
    await waitFor(() => expect(within(panel).getByRole('status')).toHaveTextContent('Nous n’avons trouvé ni votre nom'));
  });
});
