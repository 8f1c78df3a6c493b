import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockApi, problem } from '@/testing/api-mock';
import { account, renderRoute } from '@/testing/render';
import { sessionStore } from '@/lib/auth/session';

const NOTICE = {
  version: 3, controller: 'Ministère de l’Éducation nationale, du Préscolaire et des Sports', contactEmail: 'donnees@men.gov.ma',
  evidenceRetentionMonths: 24, emailRetentionDays: 30,
};
const REFERENCE = {
  'GET /api/reference/regions': [
    { code: 'MA-07', name: { fr: 'Marrakech-Safi', ar: 'مراكش - آسفي', en: 'Marrakesh-Safi' }, academy: { fr: 'AREF Marrakech-Safi', ar: 'AREF', en: 'AREF' } },
  ],
  'GET /api/reference/school-levels': [{ code: 'PRIMAIRE', label: { fr: 'Primaire', ar: 'الابتدائي', en: 'Primary' } }],
  'GET /api/privacy-notice': NOTICE,
};

async function fillRegistration() {
  await userEvent.type(screen.getByLabelText('Prénom'), 'Amal');
  await userEvent.type(screen.getByLabelText('Nom'), 'Test');
  await userEvent.type(screen.getByLabelText('Adresse e-mail'), 'amal@test.ma');
  await userEvent.type(screen.getByLabelText('Mot de passe'), 'une-classe-2026');
  await userEvent.selectOptions(await screen.findByLabelText('Région'), await screen.findByRole('option', { name: 'Marrakech-Safi' }));
  await userEvent.type(screen.getByLabelText('Établissement'), 'École Al Qods');
  await userEvent.selectOptions(screen.getByLabelText('Niveau scolaire'), await screen.findByRole('option', { name: 'Primaire' }));
}

describe('the privacy notice at registration', () => {
  it('shows its summary and a link to the whole notice, and is not sent until its box is ticked', async () => {
    const { calls } = mockApi({ ...REFERENCE, 'POST /api/auth/register': json({ email: 'amal@test.ma' }, 202) });
    renderRoute('/register');
    const consent = await screen.findByRole('group', { name: 'Vos données personnelles' });
    expect(await within(consent).findByText(/^\u2068Ministère de l’Éducation nationale, du Préscolaire et des Sports\u2069 traite vos données/)).toBeInTheDocument();
    expect(within(consent).getByRole('link', { name: 'Lire la notice complète' })).toHaveAttribute('href', '/privacy');
    const box = within(consent).getByRole('checkbox', { name: /J’ai lu la notice de protection des données personnelles \(version 3\)/ });
    expect(box).toBeRequired();
    expect(box).not.toBeChecked();
    await fillRegistration();
    await userEvent.click(screen.getByRole('button', { name: 'Créer mon compte' }));
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await userEvent.click(box);
    await userEvent.click(screen.getByRole('button', { name: 'Créer mon compte' }));
    await screen.findByRole('heading', { name: 'Vérifiez votre boîte e-mail' });
    expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({ email: 'amal@test.ma', privacyNoticeVersion: 3 });
  });

  it('reads the notice again and unticks the box when the server says the version changed', async () => {
    let version = 3;
    mockApi({
      ...REFERENCE,
      'GET /api/privacy-notice': () => ({ ...NOTICE, version }),
      'POST /api/auth/register': () => {
        version = 4;
        return json({
          type: 'https://innovatice.ma/problems/privacy-notice-version', title: 'Privacy notice not accepted', status: 422, currentVersion: 4,
          errors: [{ field: 'privacyNoticeVersion', message: 'must be the current privacy notice version (4)' }],
        }, 422);
      },
    });
    renderRoute('/register');
    await fillRegistration();
    await userEvent.click(await screen.findByRole('checkbox', { name: /version 3/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Créer mon compte' }));
    const box = await screen.findByRole('checkbox', { name: /version 4/ });
    expect(box).not.toBeChecked();
    expect(box).toHaveAccessibleDescription(/La notice a changé entre-temps/);
  });
});

describe('the privacy notice page', () => {
  it('is linked from every page and says the CNDP declaration is pending when no number is set', async () => {
    mockApi({ ...REFERENCE, 'GET /api/editions/current': problem(404, 'not-found') });
    const { location } = renderRoute('/');
    await userEvent.click(within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Données personnelles' }));
    expect(location().pathname).toBe('/privacy');
    expect(await screen.findByRole('heading', { level: 1, name: 'Protection des données personnelles' })).toBeInTheDocument();
    expect(await screen.findByText(/déclaration de ce traitement auprès de la Commission nationale .* est en cours/)).toBeInTheDocument();
    expect(screen.getByText(/conservées 24 mois après la publication des résultats/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'donnees@men.gov.ma' })).toHaveAttribute('href', 'mailto:donnees@men.gov.ma');
    for (const right of [/droit d’accès/, /rectification/, /opposition/, /effacement/]) expect(screen.getAllByText(right).length).toBeGreaterThan(0);
  });

  it('gives the CNDP number when the operator set one', async () => {
    mockApi({ ...REFERENCE, 'GET /api/privacy-notice': { ...NOTICE, cndpDeclaration: 'D-GC-123/2026' } });
    renderRoute('/privacy');
    expect(await screen.findByText(/sous le numéro \u2068D-GC-123\/2026\u2069\./)).toBeInTheDocument();
  });
});

describe('the consent dialog', () => {
  const needsConsent = account('JURY', { privacyNoticeVersion: 2, privacyNoticeCurrentVersion: 3, privacyConsentRequired: true });

  it('blocks every page until the current notice is accepted, then records the acceptance', async () => {
    const { calls } = mockApi({
      ...REFERENCE,
      'GET /api/me': needsConsent,
      'GET /api/jury/assignments': [],
      'GET /api/me/calibrations': [],
      'POST /api/me/privacy-consent': () => ({ ...needsConsent, privacyNoticeVersion: 3, privacyConsentRequired: false }),
    });
    renderRoute('/jury', { as: needsConsent });
    const dialog = await screen.findByRole('dialog', { name: 'Protection de vos données personnelles' });
    expect(await within(dialog).findByText('La notice de protection des données a changé (version 3). Lisez-la et acceptez-la pour continuer.')).toBeInTheDocument();
    expect(within(dialog).getByText(/Le responsable du traitement est/)).toBeInTheDocument();
    // Escape does not dismiss it.
    await userEvent.keyboard('{Escape}');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'J’accepte la notice' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(calls.find((c) => c.method === 'POST')).toEqual({ method: 'POST', path: '/api/me/privacy-consent', body: { version: 3 } });
    expect(sessionStore.get()?.account.privacyConsentRequired).toBe(false);
  });

  it('asks an account that never accepted (created by an administrator) and lets the person log out instead', async () => {
    const first = account('ADMIN', { privacyNoticeVersion: undefined, privacyAcceptedAt: undefined, privacyNoticeCurrentVersion: 3, privacyConsentRequired: true });
    const { calls, location } = (() => {
      const mock = mockApi({ ...REFERENCE, 'GET /api/me': first, 'GET /api/editions/current': problem(404, 'not-found') });
      return { ...mock, ...renderRoute('/', { as: first }) };
    })();
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText('Avant de continuer, lisez la notice de protection des données (version 3) et acceptez-la.')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Me déconnecter' }));
    expect(sessionStore.get()).toBeNull();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(location().pathname).toBe('/');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('asks at once when the server says a new notice was published since the login', async () => {
    const stale = account('TEACHER');
    mockApi({
      ...REFERENCE,
      'GET /api/me': { ...stale, privacyNoticeCurrentVersion: 3, privacyConsentRequired: true },
      'GET /api/me/submissions': [],
      'GET /api/editions/current': problem(404, 'not-found'),
    });
    renderRoute('/teacher', { as: stale });
    expect(await screen.findByRole('dialog', { name: 'Protection de vos données personnelles' })).toBeInTheDocument();
  });

  it('says the notice changed when the version accepted is no longer the current one', async () => {
    let version = 3;
    mockApi({
      ...REFERENCE,
      'GET /api/privacy-notice': () => ({ ...NOTICE, version }),
      'GET /api/me': needsConsent,
      'GET /api/jury/assignments': [],
      'GET /api/me/calibrations': [],
      'POST /api/me/privacy-consent': () => {
        version = 4;
        return problem(409, 'privacy-notice-outdated', { currentVersion: 4 });
      },
    });
    renderRoute('/jury', { as: needsConsent });
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(await within(dialog).findByRole('button', { name: 'J’accepte la notice' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('La notice a changé entre-temps');
    expect(await within(dialog).findByText(/\(version 4\)/)).toBeInTheDocument();
  });
});
