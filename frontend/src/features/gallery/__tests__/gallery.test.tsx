import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '@/testing/api-mock';
import { renderRoute } from '@/testing/render';
import { edition } from '@/testing/fixtures';
import type { components } from '@/lib/api/schema';

type Item = components['schemas']['GalleryItem'];

const text = (fr: string, ar: string, en: string) => ({ fr, ar, en });
const reference = {
  'GET /api/reference/regions': [
    { code: 'MA-01', name: text('Tanger-Tétouan-Al Hoceïma', 'طنجة تطوان الحسيمة', 'Tanger-Tétouan-Al Hoceïma'), academy: text('AREF', 'AREF', 'AREF') },
    { code: 'MA-08', name: text('Drâa-Tafilalet', 'درعة تافيلالت', 'Drâa-Tafilalet'), academy: text('AREF', 'AREF', 'AREF') },
  ],
  'GET /api/reference/school-levels': [{ code: 'PRIMAIRE', label: text('Primaire', 'الابتدائي', 'Primary'), position: 2 }],
};

const item = (submissionId: number, title: string, extra: Partial<Item> = {}): Item => ({
  submissionId, editionId: 1, editionNumber: 12, editionYear: 2016, kind: 'LAUREATE', rank: submissionId, title,
  teacherName: `Prof ${submissionId}`, technologies: ['Tablettes'], fileCount: 0, regionCode: 'MA-08', schoolLevel: 'PRIMAIRE', ...extra,
});

/** The gallery's fake server: answers the list by the query it is asked, and keeps every query asked. */
function gallery(items: Item[]) {
  const queries: URLSearchParams[] = [];
  const routes = {
    ...reference,
    'GET /api/editions': [edition({ id: 1, number: 12, year: 2016, status: 'PUBLISHED' }), edition({ id: 3, status: 'OPEN' })],
    'GET /api/gallery': (request: Request) => {
      const query = new URL(request.url).searchParams;
      queries.push(query);
      const q = query.get('q')?.toLowerCase();
      const region = query.get('region');
      const found = items.filter((i) => (!q || i.title.toLowerCase().includes(q)) && (!region || i.regionCode === region));
      return { items: found, page: Number(query.get('page') ?? 0), size: Number(query.get('size')), total: found.length, disciplines: ['Mathématiques', 'Physique'] };
    },
  };
  return { routes, queries };
}

describe('the public gallery', () => {
  it('is in the main navigation and lists the projects with their cover, then searches and filters them', async () => {
    const server = gallery([
      item(1, 'Classe inversée', { kind: 'WINNER', coverFileId: 11, fileCount: 2, summary: 'Des capsules vidéo.' }),
      item(2, 'Herbier numérique', { regionCode: 'MA-01', discipline: 'Physique' }),
    ]);
    mockApi(server.routes);
    renderRoute('/gallery');
    expect(await screen.findByRole('heading', { level: 1, name: 'Galerie des projets lauréats' })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Navigation principale' })).getByRole('link', { name: 'Galerie des projets' }))
      .toHaveAttribute('href', '/gallery');
    const first = await screen.findByRole('link', { name: 'Voir le projet « Classe inversée »' });
    expect(first).toHaveAttribute('href', '/gallery/1');
    const card = first.closest('li')!;
    expect(within(card).getByText('Grand gagnant · 12e édition (2016)')).toBeInTheDocument();
    expect(within(card).getByText('Prof 1')).toBeInTheDocument();
    expect(within(card).getByText('2 documents')).toBeInTheDocument();
    expect(card.querySelector('img')).toHaveAttribute('src', '/api/gallery/1/files/11');
    expect(screen.getByText('2 projets trouvés')).toBeInTheDocument();
    expect(server.queries.at(-1)?.get('size')).toBe('12');

    await userEvent.type(screen.getByLabelText('Rechercher dans les titres et les résumés'), 'herbier');
    await userEvent.click(screen.getByRole('button', { name: 'Rechercher' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Voir le projet « Classe inversée »' })).not.toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'Voir le projet « Herbier numérique »' })).toBeInTheDocument();
    expect(server.queries.at(-1)?.get('q')).toBe('herbier');

    await userEvent.click(screen.getByRole('button', { name: 'Effacer la recherche et les filtres' }));
    await userEvent.selectOptions(await screen.findByLabelText('Région'), 'Drâa-Tafilalet');
    await waitFor(() => expect(server.queries.at(-1)?.get('region')).toBe('MA-08'));
    expect(server.queries.at(-1)?.get('q')).toBeNull();
    await userEvent.selectOptions(screen.getByLabelText('Discipline'), 'Physique');
    await waitFor(() => expect(server.queries.at(-1)?.get('discipline')).toBe('Physique'));
    expect(server.queries.at(-1)?.get('region')).toBe('MA-08');
    // Only the published editions are offered.
    expect(within(screen.getByLabelText('Édition')).getAllByRole('option').map((o) => o.textContent)).toEqual(['Toutes', '12e édition (2016)']);
  });

  it('opens filtered by edition from a link, and says when nothing matches', async () => {
    const server = gallery([]);
    mockApi(server.routes);
    renderRoute('/gallery?edition=1');
    expect(await screen.findByText('Aucun projet ne correspond à cette recherche.')).toBeInTheDocument();
    expect(server.queries.at(-1)?.get('edition')).toBe('1');
    await waitFor(() => expect(screen.getByLabelText('Édition')).toHaveValue('1'));
  });

  it('shows a project with its image in the page, its PDF in a frame and any other document as a download', async () => {
    mockApi({
      ...reference,
      'GET /api/gallery/{id}': {
        submissionId: 9, editionId: 1, editionNumber: 12, editionYear: 2016, kind: 'SPECIAL_MENTION', rank: 3, title: 'Contes amazighs',
        citation: 'La mémoire orale du village.', summary: 'Des contes enregistrés.', regionCode: 'MA-08', schoolLevel: 'PRIMAIRE',
        discipline: 'Langue amazighe', technologies: ['Audacity', 'Tablettes'], teacherName: 'Salma Test',
        files: [
          { id: 21, filename: 'schéma.png', contentType: 'image/png', sizeBytes: 2048, preview: 'IMAGE' },
          { id: 22, filename: 'fiche de séance.pdf', contentType: 'application/pdf', sizeBytes: 4096, preview: 'PDF' },
          { id: 23, filename: 'rapport.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', sizeBytes: 1024, preview: 'NONE' },
        ],
      },
    });
    renderRoute('/gallery/9');
    expect(await screen.findByRole('heading', { level: 1, name: 'Contes amazighs' })).toBeInTheDocument();
    expect(screen.getByText('Mention spéciale', { exact: false })).toBeInTheDocument();
    expect(screen.getByText('Audacity')).toBeInTheDocument();
    expect(await screen.findByText('Drâa-Tafilalet')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'schéma.png' })).toHaveAttribute('src', '/api/gallery/9/files/21');
    expect(screen.getByTitle('fiche de séance.pdf')).toHaveAttribute('src', '/api/gallery/9/files/22');
    expect(screen.getByRole('link', { name: /Ouvrir le PDF dans un nouvel onglet/ })).toHaveAttribute('href', '/api/gallery/9/files/22');
    const download = screen.getByRole('link', { name: /Télécharger « rapport\.docx »/ });
    expect(download).toHaveAttribute('href', '/api/gallery/9/files/23');
    expect(download).toHaveAttribute('download', 'rapport.docx');
    expect(screen.getByRole('link', { name: 'Retour à la galerie' })).toHaveAttribute('href', '/gallery');
  });

  it('says that a project is not (or no longer) in the gallery', async () => {
    mockApi({ ...reference });
    renderRoute('/gallery/404');
    expect(await screen.findByText('Ce projet n’est pas (ou plus) dans la galerie.')).toBeInTheDocument();
  });
});

describe('the results page', () => {
  it('links each laureate whose project is in the gallery, and the edition’s gallery', async () => {
    const laureate = (submissionId: number, kind: 'WINNER' | 'LAUREATE', title: string) => ({
      editionId: 1, editionNumber: 12, editionYear: 2016, submissionId, kind, rank: submissionId, title, teacherName: `Prof ${submissionId}`,
    });
    const server = gallery([item(2, 'Maths au souk')]);
    mockApi({
      ...server.routes,
      'GET /api/editions/{id}/results': {
        edition: edition({ id: 1, number: 12, year: 2016, status: 'PUBLISHED' }),
        winner: laureate(1, 'WINNER', 'Classe inversée'), laureates: [laureate(2, 'LAUREATE', 'Maths au souk')],
        specialMentions: [], participants: 40, regions: 9,
      },
    });
    renderRoute('/editions/1');
    const link = await screen.findByRole('link', { name: 'Voir ce projet dans la galerie' });
    expect(link).toHaveAttribute('href', '/gallery/2');
    expect(within(link.closest('li')!).getByRole('heading', { name: 'Maths au souk' })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Voir ce projet dans la galerie' })).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Voir les projets de cette édition dans la galerie' })).toHaveAttribute('href', '/gallery?edition=1');
    // One request for every card of the edition.
    expect(server.queries.filter((q) => q.get('edition') === '1')).toHaveLength(1);
  });
});
