import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockApi, problem } from '@/testing/api-mock';
import { account, renderPage } from '@/testing/render';
import { sessionStore } from '@/lib/auth/session';

describe('login', () => {
  it('says in French that the credentials are wrong', async () => {
    mockApi({ 'POST /api/auth/login': problem(401, 'invalid-credentials') });
    await renderPage('/login');
    await userEvent.type(screen.getByLabelText('Adresse e-mail'), 'x@test.ma');
    await userEvent.type(screen.getByLabelText('Mot de passe'), 'wrong-password');
    await userEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('E-mail ou mot de passe incorrect.');
    expect(sessionStore.get()).toBeNull();
  });

  it('keeps the token and takes a teacher to their space', async () => {
    const { calls } = mockApi({
      'POST /api/auth/login': { accessToken: 'jwt', tokenType: 'Bearer', expiresIn: 3600, account: account('TEACHER') },
      'GET /api/me/submissions': [],
      'GET /api/editions/current': problem(404, 'not-found'),
    });
    const { location } = await renderPage('/login');
    await userEvent.type(screen.getByLabelText('Adresse e-mail'), 'teacher@test.ma');
    await userEvent.type(screen.getByLabelText('Mot de passe'), 'good-password-1');
    await userEvent.click(screen.getByRole('button', { name: 'Se connecter' }));
    await waitFor(() => expect(location().pathname).toBe('/teacher'));
    expect(sessionStore.get()?.token).toBe('jwt');
    expect(calls.find((c) => c.path === '/api/auth/login')).toMatchObject({ method: 'POST', path: '/api/auth/login', body: { email: 'teacher@test.ma', password: 'good-password-1' } });
    expect(await screen.findByText('Vous n’avez pas encore de projet.')).toBeInTheDocument();
  });

  it('sends the bearer token with every call once logged in', async () => {
    const { fetchMock } = mockApi({ 'GET /api/me': account('ADMIN'), 'GET /api/reference/regions': [], 'GET /api/reference/school-levels': [] });
    await renderPage('/profile', { as: account('ADMIN') });
    expect(await screen.findByDisplayValue('Amina')).toBeInTheDocument();
    const request = fetchMock.mock.calls.map(([r]) => r as Request).find((r) => r.url.endsWith('/api/me'))!;
    expect(request.headers.get('Authorization')).toBe('Bearer test-token');
  });
});

describe('password change', () => {
  it('replaces the session token with the one the change issues and says the other sessions are closed', async () => {
    const { calls } = mockApi({
      'GET /api/me': account('TEACHER'), 'GET /api/reference/regions': [], 'GET /api/reference/school-levels': [],
      'POST /api/me/password': { accessToken: 'jwt-after-change', tokenType: 'Bearer', expiresIn: 3600, account: account('TEACHER') },
    });
    await renderPage('/profile', { as: account('TEACHER') });
    await userEvent.type(await screen.findByLabelText('Mot de passe actuel'), 'old-password-1');
    await userEvent.type(screen.getByLabelText('Nouveau mot de passe'), 'new-password-2');
    await userEvent.click(screen.getByRole('button', { name: 'Changer le mot de passe' }));
    expect(await screen.findByText('Mot de passe changé. Vos autres sessions sont fermées.')).toBeInTheDocument();
    expect(sessionStore.get()?.token).toBe('jwt-after-change');
    expect(calls.find((c) => c.path === '/api/me/password')).toMatchObject({
      method: 'POST', body: { currentPassword: 'old-password-1', newPassword: 'new-password-2' },
    });
    expect(screen.getByLabelText('Mot de passe actuel')).toHaveValue('');
  });

  it('shows a wrong current password next to its field and keeps the session', async () => {
    mockApi({
      'GET /api/me': account('JURY'), 'GET /api/reference/regions': [], 'GET /api/reference/school-levels': [],
      'POST /api/me/password': json({
        type: 'https://innovatice.ma/problems/validation', title: 'Invalid', status: 400,
        errors: [{ field: 'currentPassword', message: 'is not your current password' }],
      }, 400),
    });
    await renderPage('/profile', { as: account('JURY') });
    await userEvent.type(await screen.findByLabelText('Mot de passe actuel'), 'not-it-123');
    await userEvent.type(screen.getByLabelText('Nouveau mot de passe'), 'new-password-2');
    await userEvent.click(screen.getByRole('button', { name: 'Changer le mot de passe' }));
    await waitFor(() => expect(screen.getByLabelText('Mot de passe actuel')).toHaveAttribute('aria-invalid', 'true'));
    expect(sessionStore.get()?.token).toBe('test-token');
  });
});

const REFERENCE = {
  'GET /api/reference/regions': [
    { code: 'MA-06', name: { fr: 'Casablanca-Settat', ar: 'الدار البيضاء - سطات', en: 'Casablanca-Settat' }, academy: { fr: 'AREF Casablanca-Settat', ar: 'AREF', en: 'AREF' } },
    { code: 'MA-07', name: { fr: 'Marrakech-Safi', ar: 'مراكش - آسفي', en: 'Marrakesh-Safi' }, academy: { fr: 'AREF Marrakech-Safi', ar: 'AREF', en: 'AREF' } },
  ],
  'GET /api/reference/school-levels': [
    { code: 'PRIMAIRE', label: { fr: 'Primaire', ar: 'الابتدائي', en: 'Primary' } },
    { code: 'SECONDAIRE_COLLEGIAL', label: { fr: 'Secondaire collégial', ar: 'الثانوي الإعدادي', en: 'Lower secondary' } },
  ],
  'GET /api/privacy-notice': {
    version: 1, controller: 'Ministère de l’Éducation nationale', contactEmail: 'donnees@test.ma', evidenceRetentionMonths: 24, emailRetentionDays: 30,
  },
};

/** Fills what registration asks besides the names, the address and the password. */
async function fillSchool() {
  await userEvent.selectOptions(await screen.findByLabelText('Région'), await screen.findByRole('option', { name: 'Marrakech-Safi' }));
  await userEvent.type(screen.getByLabelText('Établissement'), 'École Al Qods');
  await userEvent.selectOptions(screen.getByLabelText('Niveau scolaire'), await screen.findByRole('option', { name: 'Primaire' }));
  // Registering accepts the privacy notice (issue 20): its box is required.
  await userEvent.click(await screen.findByRole('checkbox', { name: /J’ai lu la notice/ }));
}

describe('registration', () => {
  it('shows each invalid field next to the field', async () => {
    mockApi({
      ...REFERENCE,
      'POST /api/auth/register': json({
        type: 'https://innovatice.ma/problems/validation', title: 'Invalid', status: 400,
        errors: [{ field: 'password', message: 'doit contenir une lettre et un chiffre' }],
      }, 400),
    });
    await renderPage('/register');
    await userEvent.type(screen.getByLabelText('Prénom'), 'Amal');
    await userEvent.type(screen.getByLabelText('Nom'), 'Test');
    await userEvent.type(screen.getByLabelText('Adresse e-mail'), 'amal@test.ma');
    await userEvent.type(screen.getByLabelText('Mot de passe'), 'aaaaaaaaaaaa');
    await fillSchool();
    await userEvent.click(screen.getByRole('button', { name: 'Créer mon compte' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Certains champs sont invalides');
    const password = screen.getByLabelText('Mot de passe');
    expect(password).toHaveAttribute('aria-invalid', 'true');
    // The server writes its message in the language the page asked for.
    expect(password).toHaveAccessibleDescription(/doit contenir une lettre et un chiffre$/);
    expect(screen.getByLabelText('Adresse e-mail')).not.toHaveAttribute('aria-invalid');
  });

  it('shows the password rule and says in French which rule a refused password breaks', async () => {
    mockApi({
      ...REFERENCE,
      'POST /api/auth/register': json({
        type: 'https://innovatice.ma/problems/validation', title: 'Invalid', status: 400,
        errors: [{ field: 'password', message: 'is a common password: choose a less predictable one' }],
      }, 400),
    });
    await renderPage('/register');
    const password = screen.getByLabelText('Mot de passe');
    expect(password).toHaveAccessibleDescription(/pas un mot de passe courant/);
    await userEvent.type(screen.getByLabelText('Prénom'), 'Amal');
    await userEvent.type(screen.getByLabelText('Nom'), 'Test');
    await userEvent.type(screen.getByLabelText('Adresse e-mail'), 'amal@test.ma');
    await userEvent.type(password, 'password12');
    await fillSchool();
    await userEvent.click(screen.getByRole('button', { name: 'Créer mon compte' }));
    expect(await screen.findByText('Ce mot de passe est trop courant : choisissez-en un moins prévisible.')).toBeInTheDocument();
    expect(password).toHaveAttribute('aria-invalid', 'true');
  });

  it('asks to check the mailbox, whatever the address, and does not sign in', async () => {
    const { calls } = mockApi({ ...REFERENCE, 'POST /api/auth/register': json({ email: 'amal@test.ma' }, 202) });
    await renderPage('/register');
    await userEvent.type(screen.getByLabelText('Prénom'), 'Amal');
    await userEvent.type(screen.getByLabelText('Nom'), 'Test');
    await userEvent.type(screen.getByLabelText('Adresse e-mail'), 'amal@test.ma');
    await userEvent.type(screen.getByLabelText('Mot de passe'), 'une-classe-2026');
    await fillSchool();
    await userEvent.click(screen.getByRole('button', { name: 'Créer mon compte' }));
    expect(await screen.findByRole('heading', { name: 'Vérifiez votre boîte e-mail' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Un e-mail vient de partir vers amal@test.ma.');
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual(['/api/auth/register']);
    expect(sessionStore.get()).toBeNull();
  });

  /** Finding (issue 17, point 8): the competition is regional, yet registration asked no region, school or level. */
  it('asks the region, the school and the level from the reference data, and sends them with the registration', async () => {
    const { calls } = mockApi({ ...REFERENCE, 'POST /api/auth/register': json({ email: 'amal@test.ma' }, 202) });
    await renderPage('/register');
    expect(screen.getByRole('group', { name: 'Votre établissement' })).toBeInTheDocument();
    expect(screen.getByLabelText('Région')).toBeRequired();
    expect(screen.getByLabelText('Établissement')).toBeRequired();
    expect(screen.getByLabelText('Niveau scolaire')).toBeRequired();
    expect(screen.getByLabelText('Discipline')).not.toBeRequired();
    expect(screen.getByLabelText('Discipline')).toHaveAccessibleDescription('Facultatif');
    await userEvent.type(screen.getByLabelText('Prénom'), 'Amal');
    await userEvent.type(screen.getByLabelText('Nom'), 'Test');
    await userEvent.type(screen.getByLabelText('Adresse e-mail'), 'amal@test.ma');
    await userEvent.type(screen.getByLabelText('Mot de passe'), 'une-classe-2026');
    // Without them, the form is not sent.
    await userEvent.click(screen.getByRole('button', { name: 'Créer mon compte' }));
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await fillSchool();
    await userEvent.type(screen.getByLabelText('Discipline'), 'Mathématiques');
    await userEvent.click(screen.getByRole('button', { name: 'Créer mon compte' }));
    await screen.findByRole('heading', { name: 'Vérifiez votre boîte e-mail' });
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      firstName: 'Amal', lastName: 'Test', email: 'amal@test.ma', password: 'une-classe-2026', regionCode: 'MA-07',
      schoolName: 'École Al Qods', schoolLevel: 'PRIMAIRE', discipline: 'Mathématiques', preferredLanguage: 'fr',
      privacyNoticeVersion: 1,
    });
  });

  it('leaves the discipline out when none is given', async () => {
    const { calls } = mockApi({ ...REFERENCE, 'POST /api/auth/register': json({ email: 'amal@test.ma' }, 202) });
    await renderPage('/register');
    await userEvent.type(screen.getByLabelText('Prénom'), 'Amal');
    await userEvent.type(screen.getByLabelText('Nom'), 'Test');
    await userEvent.type(screen.getByLabelText('Adresse e-mail'), 'amal@test.ma');
    await userEvent.type(screen.getByLabelText('Mot de passe'), 'une-classe-2026');
    await fillSchool();
    await userEvent.click(screen.getByRole('button', { name: 'Créer mon compte' }));
    await screen.findByRole('heading', { name: 'Vérifiez votre boîte e-mail' });
    expect(calls.find((c) => c.method === 'POST')?.body).not.toHaveProperty('discipline');
  });

  /** Finding (issue 17, point 8): nothing led from "create an account" to "log in". */
  it('links the registration and the login pages both ways, and keeps the forgotten password link', async () => {
    mockApi(REFERENCE);
    const { location } = await renderPage('/register');
    const main = screen.getByRole('main');
    expect(within(main).getByText('Déjà un compte ?')).toBeInTheDocument();
    await userEvent.click(within(main).getByRole('link', { name: 'Se connecter' }));
    expect(location().pathname).toBe('/login');
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Mot de passe oublié\u202f?' })).toHaveAttribute('href', '/forgot-password');
    await userEvent.click(within(screen.getByRole('main')).getByRole('link', { name: 'Créer un compte' }));
    expect(location().pathname).toBe('/register');
  });
});

describe('too many attempts', () => {
  /** Finding (issue 17, point 8): the lockout message did not say for how long. */
  it('says in minutes how long to wait before logging in again, in French, Arabic and English', async () => {
    mockApi({ 'POST /api/auth/login': problem(429, 'too-many-attempts', { retryAfter: 840, detail: 'Too many failed logins' }) });
    await renderPage('/login');
    await userEvent.type(screen.getByLabelText('Adresse e-mail'), 'x@test.ma');
    await userEvent.type(screen.getByLabelText('Mot de passe'), 'wrong-password');
    await userEvent.click(within(screen.getByRole('main')).getByRole('button', { name: 'Se connecter' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Trop de tentatives. Réessayez dans 14 minutes.');
    await userEvent.selectOptions(screen.getByLabelText('Langue'), 'en');
    // English and Arabic texts are fetched when chosen: the alert changes once they have arrived.
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Too many attempts. Try again in 14 minutes.'));
    await userEvent.selectOptions(await screen.findByLabelText('Language'), 'ar');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/محاولات كثيرة\. أعد المحاولة بعد .*14.*دقيقة/));
  });

  it('rounds a wait under a minute up to one minute', async () => {
    mockApi({ 'POST /api/auth/login': problem(429, 'too-many-attempts', { retryAfter: 20 }) });
    await renderPage('/login');
    await userEvent.type(screen.getByLabelText('Adresse e-mail'), 'x@test.ma');
    await userEvent.type(screen.getByLabelText('Mot de passe'), 'wrong-password');
    await userEvent.click(within(screen.getByRole('main')).getByRole('button', { name: 'Se connecter' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Réessayez dans 1 minute.');
  });
});

describe('email confirmation', () => {
  it('confirms the address once with the token of the link, signs in and opens the profile', async () => {
    const { calls } = mockApi({
      'POST /api/auth/confirm-email': { accessToken: 'jwt-confirmed', tokenType: 'Bearer', expiresIn: 3600, account: account('TEACHER') },
      'GET /api/me': account('TEACHER'), 'GET /api/reference/regions': [], 'GET /api/reference/school-levels': [],
    });
    const { location } = await renderPage('/confirm-email?token=abc123');
    await waitFor(() => expect(location().pathname).toBe('/profile'));
    expect(sessionStore.get()?.token).toBe('jwt-confirmed');
    expect(calls.filter((c) => c.path === '/api/auth/confirm-email')).toEqual([
      { method: 'POST', path: '/api/auth/confirm-email', body: { token: 'abc123' } },
    ]);
  });

  it('says when the link is no longer valid', async () => {
    mockApi({ 'POST /api/auth/confirm-email': problem(400, 'invalid-token') });
    await renderPage('/confirm-email?token=used');
    expect(await screen.findByText(/Ce lien de confirmation n’est plus valable/)).toBeInTheDocument();
    expect(sessionStore.get()).toBeNull();
  });
});

describe('protected routes', () => {
  it('sends a visitor to the login page and back', async () => {
    mockApi({});
    const { location } = await renderPage('/admin');
    await waitFor(() => expect(location().pathname).toBe('/login'));
    expect(location().search).toBe('?next=%2Fadmin');
  });

  it('refuses the administration to a teacher', async () => {
    mockApi({});
    await renderPage('/admin', { as: account('TEACHER') });
    expect(await screen.findByRole('alert')).toHaveTextContent('Vous n’avez pas accès à cette page.');
  });
});

describe('password reset', () => {
  it('sets a new password with the token of the emailed link', async () => {
    const { calls } = mockApi({ 'POST /api/auth/password-reset/confirm': new Response(null, { status: 204 }) });
    await renderPage('/reset-password?token=abc123');
    await userEvent.type(screen.getByLabelText('Nouveau mot de passe'), 'new-password-42');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le mot de passe' }));
    expect(await screen.findByText('Mot de passe enregistré.', { exact: false })).toBeInTheDocument();
    expect(calls.find((c) => c.path !== '/api/branding')?.body).toEqual({ token: 'abc123', password: 'new-password-42' });
  });

  it('says when the link is no longer valid', async () => {
    mockApi({ 'POST /api/auth/password-reset/confirm': problem(400, 'invalid-token') });
    await renderPage('/reset-password?token=used');
    await userEvent.type(screen.getByLabelText('Nouveau mot de passe'), 'new-password-42');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le mot de passe' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Ce lien n’est plus valable');
  });
});
