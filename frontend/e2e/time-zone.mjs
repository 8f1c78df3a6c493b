// Morocco's time in Debian's Chromium, whose own Africa/Casablanca data is wrong (UTC+0 in winter,
// when Morocco is on UTC+1): the admin types a winter closing time, the teacher's email gives it
// "(heure du Maroc)" from the server's Java data, and the public home page shows the very same time,
// also when the server's offsets cannot be fetched (the table built into the client). Issue 21, point 5.
import assert from 'node:assert/strict';
import {
  ADMIN, BASE, DAY, RUN, check, finish, log, login, mailMatching, mailedLink, newPage, pad,
} from './lib.mjs';

/** A JSON call to the API; fails the run on an unexpected status. */
async function api(token, method, path, body) {
  const response = await fetch(`${BASE}${path}`, {
    method,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  assert.ok(response.ok, `${method} ${path}: ${response.status} ${text.slice(0, 400)}`);
  return text ? JSON.parse(text) : null;
}

/** "21:37 on 20 décembre 2027" read from a French text: [day, month, year, time], the day without its "er". */
function frenchWhen(text, what) {
  const found = /(\d{1,2})(?:er)? (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) (\d{4}) à (\d{2}:\d{2})/.exec(text);
  assert.ok(found, `${what}: no French date and time in «${text}»`);
  return found.slice(1).join(' ');
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

try {
  // ---- the browser's own data, for the record: the page must not depend on it
  const probe = await newPage();
  await probe.goto('/');
  const chromiumSays = await probe.evaluate(() => new Intl.DateTimeFormat('en', { timeZone: 'Africa/Casablanca', timeZoneName: 'longOffset' })
    .format(new Date('2026-12-15T12:00:00Z')));
  await probe.context().close();
  log(`this Chromium's own Africa/Casablanca on 15 December: ${chromiumSays} (Morocco is on GMT+01:00)`);

  // ---- a winter closing time, when Morocco is on UTC+1 by the server's offsets (not in Ramadan)
  const zone = await api(null, 'GET', '/api/time-zone');
  const offsetAt = (ms) => zone.transitions.filter((t) => Date.parse(t.at) <= ms).map((t) => t.offsetSeconds).pop() ?? zone.offsetSeconds;
  let day = Date.parse(`${new Date(Date.now() + 20 * DAY).toISOString().slice(0, 10)}T20:37:00Z`);
  while (![11, 0].includes(new Date(day).getUTCMonth()) || offsetAt(day) !== 3600) day += DAY;
  const d = new Date(day);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const closeWall = `${date}T21:37`;
  const typed = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} 21:37`;
  const later = new Date(day + 30 * DAY).toISOString().slice(0, 10);
  const before = new Date(Date.now() - 2 * DAY).toISOString().slice(0, 10);

  // ---- the admin types it in the edition form and opens the call
  const admin = await newPage();
  await login(admin, ADMIN.email, ADMIN.password);
  await admin.goto('/admin');
  await admin.getByRole('button', { name: 'Nouvelle édition' }).click();
  const number = 100 + Math.floor(Math.random() * 800);
  await admin.getByLabel('Numéro', { exact: true }).fill(String(number));
  await admin.getByLabel('Année', { exact: true }).fill(String(d.getUTCFullYear()));
  await admin.getByLabel('Titre (français)', { exact: true }).fill(`${number}e édition à l’heure du Maroc (e2e ${RUN})`);
  await admin.getByLabel('Thème (français)', { exact: true }).fill('Le numérique au service des apprentissages');
  await admin.getByLabel('Règlement (français)', { exact: true }).fill('Un projet par enseignant.');
  await admin.getByLabel('Ouverture des candidatures', { exact: true }).fill(`${before}T08:00`);
  await admin.getByLabel('Clôture des candidatures', { exact: true }).fill(closeWall);
  await admin.getByLabel('Fin de l’évaluation', { exact: true }).fill(`${later}T18:00`);
  await admin.getByLabel('Date de la cérémonie', { exact: true }).fill(new Date(day + 40 * DAY).toISOString().slice(0, 10));
  await admin.getByLabel('Lieu de la cérémonie (français)', { exact: true }).fill('Rabat');
  await admin.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await admin.waitForURL(/\/admin\/editions\/\d+$/);
  const id = Number(new URL(admin.url()).pathname.split('/').pop());
  // Read back: the form shows the wall time typed, and the API holds it an hour earlier in UTC.
  await admin.getByRole('heading', { name: 'Étapes' }).waitFor();
  const adminToken = (await api(null, 'POST', '/api/auth/login', { email: ADMIN.email, password: ADMIN.password })).accessToken;
  const edition = await api(adminToken, 'GET', `/api/editions/${id}`);
  assert.equal(edition.submissionsCloseAt, `${date}T20:37:00Z`, 'the typed Morocco time is UTC+1 in winter');
  await api(adminToken, 'POST', `/api/editions/${id}/transitions`, { to: 'OPEN' });
  await admin.goto(`/admin/editions/${id}`);
  await admin.getByRole('heading', { name: 'Étapes' }).waitFor();
  assert.equal(await admin.getByLabel('Clôture des candidatures', { exact: true }).inputValue(), closeWall);
  log(`admin typed the closing time ${closeWall} (Morocco) and opened edition ${number}: it is ${edition.submissionsCloseAt}`);

  // ---- a teacher submits: the email tells the closing time "(heure du Maroc)"
  const teacher = { email: `tz-teacher-${RUN}@e2e.innovatice.ma`, password: 'sablier-vert-2027' };
  const privacyNoticeVersion = (await api(null, 'GET', '/api/privacy-notice')).version;
  await api(null, 'POST', '/api/auth/register', { email: teacher.email, password: teacher.password, firstName: 'Salma', lastName: 'Horaire',
    regionCode: 'MA-06', schoolName: 'École Al Massira (e2e)', schoolLevel: 'PRIMAIRE', privacyNoticeVersion });
  const link = new URL(await mailedLink(teacher.email, '/confirm-email'));
  const teacherToken = (await api(null, 'POST', '/api/auth/confirm-email', { token: link.searchParams.get('token') })).accessToken;
  const project = await api(teacherToken, 'POST', `/api/editions/${id}/submissions`, {
    title: `L’heure juste ${RUN}`, summary: 'Les élèves comparent les fuseaux horaires.', description: 'Trois semaines en équipes.',
    discipline: 'Géographie', schoolLevel: 'PRIMAIRE', regionCode: 'MA-06', schoolName: 'École Al Massira (e2e)',
    technologies: ['Tablettes'], pupilsCount: 25, evidenceShowsPupils: false,
  });
  await api(teacherToken, 'POST', `/api/submissions/${project.id}/submit`);
  const mail = (await mailMatching(teacher.email, /clôture de l'appel/)).replace(/\s+/g, ' ');
  const mailed = frenchWhen(/clôture de l'appel, le ([^]*?\(heure du Maroc\))/.exec(mail)?.[1] ?? '', 'the email');
  assert.equal(mailed, typed, 'the email gives the closing time the admin typed');
  log(`the teacher's email says the call closes ${mailed} (heure du Maroc)`);

  // ---- the public home page shows the same time, and says it is Morocco's
  const visitor = await newPage();
  await visitor.goto('/');
  const closing = visitor.getByText('Clôture des candidatures', { exact: true }).first().locator('xpath=following-sibling::dd[1]');
  await closing.waitFor();
  const shown = frenchWhen(await closing.textContent(), 'the home page');
  assert.equal(shown, mailed, 'the home page shows the closing time of the email');
  await visitor.getByText(/Heures affichées à l’heure du Maroc/).waitFor();
  await check(visitor, 'time-zone-home');
  log(`the home page shows the deadline as the email does: ${shown}`);

  // ---- without the server's offsets (fetch refused), the table built into the client gives the same
  const offline = await newPage();
  await offline.route('**/api/time-zone', (route) => route.abort());
  await offline.goto('/');
  const closingOffline = offline.getByText('Clôture des candidatures', { exact: true }).first().locator('xpath=following-sibling::dd[1]');
  await closingOffline.waitFor();
  assert.equal(frenchWhen(await closingOffline.textContent(), 'the home page without /api/time-zone'), mailed);
  log('without /api/time-zone the built-in table shows the same time');

  // ---- leave no open call behind (another scenario may open its own)
  await api(adminToken, 'POST', `/api/editions/${id}/transitions`, { to: 'EVALUATION', reason: 'Fin du scénario (e2e)' });
  await finish();
} catch (error) {
  await finish(error);
}
