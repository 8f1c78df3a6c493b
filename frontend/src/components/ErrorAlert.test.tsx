import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import i18n from '@/lib/i18n';
import { ApiError, toApiError } from '@/lib/api/problem';
import type { Problem } from '@/lib/api/types';
import { ErrorAlert } from './ErrorAlert';
import { Field } from './Field';

// Testing Library folds every space, the no-break space of French typography included, into one.
const NBSP = ' ';

function validation(language: string | undefined, errors: { field: string; message: string }[], detail?: string) {
  const problem = { type: 'https://innovatice.ma/problems/validation', title: 'x', status: 400, detail, errors } as Problem;
  return new ApiError(400, problem, language);
}

describe('the server’s words for an error, in the page’s language', () => {
  it('names each refused field by its label and says what the server said, never the field’s code', () => {
    const error = validation('fr', [
      { field: 'submissionsCloseAt', message: 'doit être postérieure à l’ouverture des candidatures' },
      { field: 'forum.city', message: 'ne doit pas être vide' },
      { field: 'technologies[2]', message: 'ne doit pas être vide' },
      { field: 'somethingNew', message: 'est obligatoire' },
    ]);
    render(<ErrorAlert error={error} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(`Clôture des candidatures${NBSP}: doit être postérieure à l’ouverture des candidatures`);
    expect(alert).toHaveTextContent(`Ville du forum${NBSP}: ne doit pas être vide`);
    expect(alert).toHaveTextContent(`Technologies utilisées${NBSP}: ne doit pas être vide`);
    expect(alert).toHaveTextContent(`Un champ${NBSP}: est obligatoire`);
    expect(alert.textContent).not.toMatch(/submissionsCloseAt|forum\.city|technologies\[|somethingNew/);
    expect(alert.textContent).toContain('Ville du forum\u00a0: ne doit pas être vide');
  });

  it('prefers the form’s own labels', () => {
    const error = validation('fr', [{ field: 'forum.city', message: 'ne doit pas être vide' }]);
    render(<ErrorAlert error={error} labels={{ 'forum.city': 'Ville du Forum mondial' }} />);
    expect(screen.getByRole('alert')).toHaveTextContent(`Ville du Forum mondial${NBSP}: ne doit pas être vide`);
  });

  it('never shows an English message in a French page', () => {
    const error = validation('en', [{ field: 'title', message: 'must not be blank' }], 'The request has 1 invalid field(s).');
    render(<ErrorAlert error={error} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(`Titre du projet${NBSP}: Valeur invalide.`);
    expect(alert.textContent).not.toMatch(/must|request/);
  });

  it('shows the server’s detail of a business problem when it is in the page’s language', () => {
    const conflict = (language: string) => new ApiError(409, {
      type: 'https://innovatice.ma/problems/submissions-closed', title: 'Candidatures closes', status: 409,
      detail: 'L’édition 22 n’accepte plus de candidatures.',
    } as Problem, language);
    const { unmount } = render(<ErrorAlert error={conflict('fr')} />);
    expect(screen.getByRole('alert')).toHaveTextContent('L’appel à projets est fermé.');
    expect(screen.getByRole('alert')).toHaveTextContent('L’édition 22 n’accepte plus de candidatures.');
    unmount();
    render(<ErrorAlert error={conflict('ar')} />);
    expect(screen.getByRole('alert')).toHaveTextContent('L’appel à projets est fermé.');
    expect(screen.getByRole('alert')).not.toHaveTextContent('22');
  });

  it('follows the page into Arabic', async () => {
    await i18n.changeLanguage('ar');
    const error = validation('ar', [{ field: 'submissionsCloseAt', message: 'لا يجوز أن يكون فارغًا' }]);
    render(<ErrorAlert error={error} />);
    expect(screen.getByRole('alert')).toHaveTextContent('إغلاق باب الترشيح: لا يجوز أن يكون فارغًا');
  });

  it('puts the field’s message next to the field', () => {
    const error = validation('fr', [{ field: 'input.title', message: 'la taille doit être comprise entre 3 et 200' }]);
    const first = render(<Field label="Titre" name="title" error={error}>{(props) => <input {...props} />}</Field>);
    expect(screen.getByRole('textbox', { name: 'Titre' })).toHaveAccessibleDescription('la taille doit être comprise entre 3 et 200');
    first.unmount();
    render(<Field label="Résumé" name="summary" error={validation('en', [{ field: 'summary', message: 'must not be blank' }])}>
      {(props) => <input {...props} />}
    </Field>);
    expect(screen.getByRole('textbox', { name: 'Résumé' })).toHaveAccessibleDescription('Valeur invalide.');
  });

  it('reads the language of the answer, else the one the request asked for', async () => {
    const body = JSON.stringify({ type: 'https://innovatice.ma/problems/not-found', title: 'غير موجود', status: 404 });
    const answered = await toApiError(new Response(body, { status: 404, headers: { 'Content-Language': 'ar' } }), 'fr');
    expect(answered.language).toBe('ar');
    const asked = await toApiError(new Response(body, { status: 404 }), 'en');
    expect(asked.language).toBe('en');
  });
});
