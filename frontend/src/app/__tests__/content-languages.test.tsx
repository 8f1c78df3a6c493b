import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '@/lib/i18n';
import { mockApi } from '@/testing/api-mock';
import { account, renderRoute } from '@/testing/render';
import { criteria, edition } from '@/testing/fixtures';
import type { Criterion, Edition } from '@/lib/api/types';

const rules = 'Article 1 : un projet par enseignant.\n\nArticle 2 : les co-auteurs sont nommés.';

/** The current edition as the server serves it in Arabic: title translated, theme and rules in French. */
const arabicEdition = (): Edition => edition({
  language: 'ar', title: 'الدورة 22 للمسابقة', theme: 'L’IA en classe', rules, fallbacks: ['theme', 'rules'],
});

/** The rubric served with every value: the second criterion has no Arabic label. */
const rubric = (): Criterion[] => {
  const [ict, extra] = criteria();
  return [ict, { ...extra, label: { fr: 'Qualité du dossier', en: 'File quality' } }];
};

describe('organisers’ texts in the page’s language', () => {
  it('marks in an Arabic page the texts shown in French, isolates each text and keeps the rules’ paragraphs', async () => {
    await act(async () => { await i18n.changeLanguage('ar'); });
    mockApi({ 'GET /api/editions/current': arabicEdition(), 'GET /api/editions/{id}/criteria': rubric() });
    renderRoute('/');
    const title = await screen.findByText('الدورة 22 للمسابقة');
    expect(title).toHaveAttribute('lang', 'ar');
    expect(title).toHaveAttribute('dir', 'auto');
    expect(title.closest('h2')).not.toHaveTextContent('بالفرنسية');

    const theme = screen.getByText('L’IA en classe');
    expect(theme).toHaveAttribute('lang', 'fr');
    expect(theme.parentElement).toHaveTextContent('L’IA en classe (بالفرنسية)');

    const section = screen.getByRole('region', { name: 'النظام' });
    const paragraphs = within(section).getAllByText(/^Article/);
    expect(paragraphs.map((p) => p.textContent)).toEqual(['Article 1 : un projet par enseignant.', 'Article 2 : les co-auteurs sont nommés.']);
    expect(paragraphs[0].closest('[lang]')).toHaveAttribute('lang', 'fr');
    expect(within(section).getByText('(بالفرنسية)')).toBeInTheDocument();

    const table = await screen.findByRole('table');
    expect(within(table).getByRole('rowheader', { name: /^استعمال تكنولوجيا المعلومات للتعلم$/ })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'Qualité du dossier (بالفرنسية)' })).toBeInTheDocument();
    expect(within(table).getByText('Qualité du dossier')).toHaveAttribute('lang', 'fr');
  });

  it('shows no mark in a French page', async () => {
    mockApi({ 'GET /api/editions/current': edition({ rules }), 'GET /api/editions/{id}/criteria': rubric() });
    renderRoute('/');
    await screen.findByRole('heading', { name: /22e édition du concours/ });
    expect(await screen.findByRole('rowheader', { name: /^Qualité du dossier$/ })).toBeInTheDocument();
    expect(screen.queryByText(/en français/)).not.toBeInTheDocument();
    expect(screen.getAllByText(/^Article/)).toHaveLength(2);
  });

  it('asks the edition again in the new language when the reader changes it', async () => {
    const asked: (string | null)[] = [];
    mockApi({
      'GET /api/editions/current': (request: Request) => {
        const lang = request.headers.get('Accept-Language');
        asked.push(lang);
        return lang === 'en' ? edition({ language: 'en', title: '22nd edition of the competition', fallbacks: ['theme', 'rules'] }) : edition();
      },
      'GET /api/editions/{id}/criteria': rubric(),
    });
    renderRoute('/');
    await screen.findByRole('heading', { name: /22e édition du concours/ });
    await userEvent.selectOptions(screen.getByLabelText('Langue'), 'en');
    const title = await screen.findByText('22nd edition of the competition');
    expect(title).toHaveAttribute('lang', 'en');
    expect(asked).toEqual(['fr', 'en']);
    expect(screen.getByText('L’IA en classe').parentElement).toHaveTextContent('L’IA en classe (in French)');
  });
});

describe('citations and the results page', () => {
  const laureate = (submissionId: number, kind: 'WINNER' | 'LAUREATE', citation: string, citationLanguage: 'fr' | 'en') => ({
    editionId: 1, editionNumber: 12, editionYear: 2016, submissionId, kind, rank: submissionId, title: `Projet ${submissionId}`,
    teacherName: `Prof ${submissionId}`, citation, citationLanguage,
  });

  it('marks in an English page a citation and a venue served in French, and not the translated ones', async () => {
    await act(async () => { await i18n.changeLanguage('en'); });
    mockApi({
      'GET /api/reference/regions': [], 'GET /api/reference/school-levels': [],
      'GET /api/editions/{id}/results': {
        edition: edition({
          id: 1, number: 12, year: 2016, status: 'PUBLISHED', language: 'en', title: '12th edition', fallbacks: ['ceremonyVenue'],
          ceremonyDate: '2016-05-25', ceremonyVenue: 'Théâtre Mohammed V, Rabat', forum: { name: 'Global Education Forum', city: 'Budapest', year: 2016 },
        }),
        winner: laureate(1, 'WINNER', 'An exemplary flipped classroom', 'en'),
        laureates: [laureate(2, 'LAUREATE', 'Pour les mathématiques au souk', 'fr')], specialMentions: [],
        participants: 40, regions: 9,
      },
    });
    renderRoute('/editions/1');
    const winner = await screen.findByRole('region', { name: 'Winner' });
    const own = within(winner).getByText('An exemplary flipped classroom');
    expect(own).toHaveAttribute('lang', 'en');
    expect(own.closest('blockquote')).not.toHaveTextContent('(in French)');
    const french = screen.getByText('Pour les mathématiques au souk');
    expect(french).toHaveAttribute('lang', 'fr');
    expect(french.closest('blockquote')).toHaveTextContent('Pour les mathématiques au souk (in French)');
    expect(screen.getByText(/\u2068Théâtre Mohammed V, Rabat\u2069 \(in French\)\.$/)).toBeInTheDocument();
    expect(within(winner).getByText('Represents Morocco at the international forum “\u2068Global Education Forum\u2069” (\u2068Budapest\u2069, 2016).')).toBeInTheDocument();
    expect(screen.getByText('12th edition')).toHaveAttribute('lang', 'en');
  });
});

describe('criteria and citations for jurors and teachers', () => {
  it('names in an Arabic scoring form a criterion without Arabic label in French, marked, and its gates likewise', async () => {
    await act(async () => { await i18n.changeLanguage('ar'); });
    const [ict, extra] = rubric();
    mockApi({
      'GET /api/reference/regions': [], 'GET /api/reference/school-levels': [],
      'GET /api/jury/assignments/{id}': {
        id: 9, edition: { id: 3, number: 22, title: '22e', status: 'EVALUATION', evaluationCloseAt: '2099-04-30T22:59:00Z', blindReview: true },
        submission: { id: 5, title: 'Robotique', technologies: [], attachments: [] },
        criteria: [{ ...ict, gates: [{ fr: 'Les TIC sont utilisées', ar: 'تُستعمل التكنولوجيا' }, { fr: 'Elles soutiennent la construction de connaissances' }] }, extra],
        canEvaluate: true,
      },
    });
    renderRoute('/jury/assignments/9', { as: account('JURY') });
    const quality = await screen.findByRole('group', { name: /^Qualité du dossier \(بالفرنسية\)/ });
    expect(within(quality).getByText('Qualité du dossier')).toHaveAttribute('lang', 'fr');
    const ictGroup = screen.getByRole('group', { name: /^استعمال تكنولوجيا المعلومات للتعلم/ });
    expect(within(ictGroup).getByRole('checkbox', { name: 'تُستعمل التكنولوجيا' })).toBeInTheDocument();
    expect(within(ictGroup).getByRole('checkbox', { name: 'Elles soutiennent la construction de connaissances (بالفرنسية)' })).toBeInTheDocument();
  });

  it('gives the teacher the citation in their language, or in French marked', async () => {
    await act(async () => { await i18n.changeLanguage('en'); });
    mockApi({
      'GET /api/reference/regions': [], 'GET /api/reference/school-levels': [],
      'GET /api/submissions/{id}': {
        id: 5, edition: { id: 3, number: 22, year: 2026, title: '22e édition', status: 'PUBLISHED', submissionsCloseAt: '2026-03-31T22:59:00Z' },
        author: { id: 7, firstName: 'Amina', lastName: 'Test' }, title: 'Contes amazighs', coAuthors: [], technologies: [], status: 'SPECIAL_MENTION',
        editable: false, missingForSubmission: [], attachments: [], evidenceShowsPupils: false, parentalAuthorisationsHeld: false, authorisations: [],
        version: 4, createdAt: '2026-01-02T10:00:00Z', updatedAt: '2026-05-02T10:00:00Z',
      },
      'GET /api/submissions/{id}/result': {
        submissionId: 5, status: 'SPECIAL_MENTION', award: { kind: 'SPECIAL_MENTION', rank: 3, citation: 'Pour la mémoire orale', citationLanguage: 'fr' },
        feedback: [], criteria: [{ code: 'EXTRA', label: { fr: 'Qualité du dossier' }, mean: 3, scaleMin: 0, scaleMax: 4 }], certificateAvailable: false,
      },
    });
    renderRoute('/teacher/submissions/5', { as: account('TEACHER') });
    const citation = await screen.findByText('Pour la mémoire orale');
    expect(citation).toHaveAttribute('lang', 'fr');
    expect(citation.closest('blockquote')).toHaveTextContent('Pour la mémoire orale (in French)');
    expect(screen.getByRole('rowheader', { name: 'Qualité du dossier (in French)' })).toBeInTheDocument();
  });
});
