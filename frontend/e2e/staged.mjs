// An edition run as the Ministry runs it, in a real browser against the real application: eligibility
// screening, a regional pre-selection in two academies by their coordinators, a national round, the
// finalists' presentations (slots with calendar invitations, live scoring on a tablet, the jury
// president's minutes), the delegation to the international forum, and publication. Repetitive work
// (registrations, most scores) goes through the API as an integrator would; every screen a role uses
// for its part is walked, checked with axe-core and saved as a screenshot, in French and in Arabic.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import {
  ADMIN, BASE, DAY, MAIL_DIR, RUN, check, finish, localInput, log, login, mailMatching, mailedLink, newPage,
} from './lib.mjs';

/** A JSON call to the API, as a client with this token; fails the run on an unexpected status. */
async function api(token, method, path, body, expect = [200, 201, 202, 204]) {
  const response = await fetch(`${BASE}${path}`, {
    method,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  assert.ok(expect.includes(response.status), `${method} ${path}: ${response.status} ${text.slice(0, 400)}`);
  return text ? JSON.parse(text) : null;
}

async function token(email, password) {
  return (await api(null, 'POST', '/api/auth/login', { email, password })).accessToken;
}

/** The raw .eml of the last email to this address that matches (to read its attachments), once the outbox sent it. */
async function lastEml(recipient, pattern) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const files = readdirSync(MAIL_DIR).filter((f) => f.endsWith(`-${recipient}.eml`)).sort().reverse();
    for (const file of files) {
      const eml = readFileSync(`${MAIL_DIR}/${file}`, 'utf8');
      if (pattern.test(eml)) return eml;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no email to ${recipient} matching ${pattern}`);
}

/** Scores for every 21CLD criterion at one level (bounded by each scale). */
function cld21(level) {
  const max = { COLLAB: 5, KNOW: 5, SELFREG: 4, RWPS: 4, ICT: 5, COMM: 4 };
  return Object.entries(max).map(([criterionCode, top]) => ({ criterionCode, score: Math.min(level, top) }));
}

async function score(jurorToken, assignmentId, scores) {
  await api(jurorToken, 'PUT', `/api/jury/assignments/${assignmentId}/evaluation`, { scores });
  await api(jurorToken, 'POST', `/api/jury/assignments/${assignmentId}/evaluation/submit`);
}

try {
  const adminToken = await token(ADMIN.email, ADMIN.password);
  const now = Date.now();
  const number = 100 + Math.floor(Math.random() * 800);
  const edition = await api(adminToken, 'POST', '/api/editions', {
    number, year: new Date().getFullYear(), title: `${number}e édition en trois tours (e2e ${RUN})`,
    theme: 'Apprendre ensemble avec le numérique', rules: 'Un projet par enseignant.',
    submissionsOpenAt: new Date(now - DAY).toISOString(), submissionsCloseAt: new Date(now + 200 * DAY).toISOString(),
    evaluationCloseAt: new Date(now + 300 * DAY).toISOString(),
    ceremonyDate: new Date(now + 320 * DAY).toISOString().slice(0, 10), ceremonyVenue: 'Rabat', laureateCount: 2,
    jurorsPerProject: 1, blindReview: true, sameRegionConflict: false,
    forum: { name: 'Global Education Forum', city: 'Budapest', year: new Date(now + 330 * DAY).getFullYear(),
      startsOn: new Date(now + 330 * DAY).toISOString().slice(0, 10), endsOn: new Date(now + 333 * DAY).toISOString().slice(0, 10) },
  });
  const id = edition.id;

  // ---- the admin configures three rounds from the preset, and the screening checklist
  const admin = await newPage();
  await login(admin, ADMIN.email, ADMIN.password);
  await admin.goto(`/admin/editions/${id}/rounds`);
  await admin.getByRole('button', { name: 'Édition type en trois tours' }).click();
  const round = (n) => admin.getByRole('group', { name: `Tour ${n}` });
  // Every juror of a round scores each of its projects, so that the ranking does not hang on who scored what.
  await round(1).getByLabel('Jurés par projet', { exact: true }).fill('2');
  await round(1).getByLabel('Projets retenus par région', { exact: true }).fill('2');
  await round(2).getByLabel('Jurés par projet', { exact: true }).fill('2');
  await round(2).getByLabel('Projets retenus (au total)', { exact: true }).fill('2');
  await round(3).getByLabel('Jurés par projet', { exact: true }).fill('2');
  await admin.getByRole('button', { name: 'Enregistrer les tours' }).click();
  await admin.getByText('Tours enregistrés.').waitFor();
  await check(admin, 'staged-rounds');
  await admin.goto(`/admin/editions/${id}/screening`);
  await admin.getByRole('button', { name: 'Utiliser la liste suggérée' }).click();
  await admin.getByRole('button', { name: 'Enregistrer la liste' }).click();
  await admin.getByText('Liste de contrôle enregistrée.').waitFor();
  await check(admin, 'staged-checklist');
  await api(adminToken, 'POST', `/api/editions/${id}/transitions`, { to: 'OPEN' });
  log(`admin configured edition ${number}: regional pre-selection, national jury, finalists' presentation; screening checklist`);

  // ---- two academies' coordinators, their jurors; national and finals jurors
  const password = 'staged-password-1x';
  const person = (prefix, i) => ({ email: `${prefix}${i}-${RUN}@e2e.innovatice.ma`, firstName: `${prefix}${i}`, lastName: 'E2E', password });
  const coord = { 'MA-04': person('coord-rabat', ''), 'MA-06': person('coord-casa', '') };
  for (const [region, c] of Object.entries(coord)) {
    await api(adminToken, 'POST', '/api/accounts', { ...c, role: 'COORDINATOR', regionCode: region });
    c.token = await token(c.email, password);
    c.jurors = [];
    for (const i of [1, 2]) {
      const juror = person(`jury-${region.toLowerCase()}-`, i);
      c.jurors.push({ ...juror, ...(await api(c.token, 'POST', '/api/accounts', { ...juror, role: 'JURY' })) });
    }
  }
  const national = [1, 2].map((i) => person('jury-national-', i));
  for (const j of national) Object.assign(j, await api(adminToken, 'POST', '/api/accounts', { ...j, role: 'JURY' }));
  log('admin created the coordinators of Rabat-Salé-Kénitra and Casablanca-Settat; each created the jurors of its academy');

  // ---- seven teachers register and submit: three in each academy, and one whose project is not eligible
  const teachers = [];
  const regions = ['MA-04', 'MA-04', 'MA-04', 'MA-06', 'MA-06', 'MA-06', 'MA-06'];
  // Registering accepts the privacy notice in its current version (issue 20).
  const privacyNoticeVersion = (await api(null, 'GET', '/api/privacy-notice')).version;
  for (const [i, region] of regions.entries()) {
    const t = { email: `staged-teacher${i}-${RUN}@e2e.innovatice.ma`, password: `teacher-password-${i}x`, region };
    await api(null, 'POST', '/api/auth/register', { email: t.email, password: t.password, firstName: `Enseignante${i}`,
      lastName: 'E2E', regionCode: region, schoolName: `École ${i} (e2e)`, schoolLevel: 'PRIMAIRE', privacyNoticeVersion });
    const link = new URL(await mailedLink(t.email, '/confirm-email'));
    t.token = (await api(null, 'POST', '/api/auth/confirm-email', { token: link.searchParams.get('token') })).accessToken;
    t.title = `Projet ${i + 1} ${region} (${RUN})`;
    const project = await api(t.token, 'POST', `/api/editions/${id}/submissions`, {
      title: t.title, summary: 'Les élèves conçoivent et partagent une ressource numérique.',
      description: 'Six semaines de travail en équipes, une présentation aux familles.', discipline: 'Sciences',
      schoolLevel: 'PRIMAIRE', regionCode: region, schoolName: `École ${i} (e2e)`, technologies: ['Tablettes'], pupilsCount: 30,
      evidenceShowsPupils: false,
    });
    t.project = project.id;
    await api(t.token, 'POST', `/api/submissions/${t.project}/submit`);
    teachers.push(t);
  }
  log('seven teachers of two academies registered and submitted their projects');

  // ---- screening: the Rabat coordinator screens from her space, the Casablanca one rules a project ineligible
  const coordinator = await newPage();
  await login(coordinator, coord['MA-04'].email, password);
  await coordinator.waitForURL(/\/coordinator/);
  await coordinator.getByRole('button', { name: `Examiner « ${teachers[0].title} »` }).click();
  for (const box of await coordinator.getByRole('checkbox').all()) await box.check();
  await coordinator.getByRole('radio', { name: 'Recevable', exact: true }).check();
  await check(coordinator, 'staged-coordinator-screening');
  await coordinator.getByRole('button', { name: 'Enregistrer l’examen' }).click();
  await coordinator.getByText(/Recevable — par/).first().waitFor();
  for (const t of teachers.slice(1)) {
    const c = coord[t.region];
    const ineligible = t === teachers[6];
    await api(c.token, 'PUT', `/api/submissions/${t.project}/screening`, ineligible
      ? { outcome: 'INELIGIBLE', answers: [true, false, true], reason: 'Aucune preuve jointe au projet.' }
      : { outcome: 'ELIGIBLE', answers: [true, true, true] });
  }
  assert.match(await mailMatching(teachers[6].email, /Aucune preuve jointe/), /Aucune preuve jointe au projet\./);
  await api(coord['MA-06'].token, 'PUT', `/api/submissions/${teachers[0].project}/screening`,
    { outcome: 'ELIGIBLE', answers: [true, true, true] }, [403, 404]);
  log('the coordinators screened their academies\' projects; the ineligible author got the reason; Casablanca cannot screen Rabat');

  // ---- the call closes: the regional round opens; each coordinator assigns the jurors of the academy
  await api(adminToken, 'POST', `/api/editions/${id}/transitions`, { to: 'EVALUATION', reason: 'Clôture anticipée (e2e)' });
  const levels = [4, 3, 1, 4, 2, 1]; // Rabat: P1 > P2 > P3; Casablanca: P4 > P5 > P6
  for (const c of Object.values(coord)) {
    await api(c.token, 'POST', `/api/editions/${id}/assignments/auto?round=1`, { jurorIds: c.jurors.map((j) => j.id) });
  }
  await api(coord['MA-06'].token, 'GET', `/api/editions/${id}/ranking?round=1&region=MA-04`, undefined, [403]);
  for (const c of Object.values(coord)) {
    for (const j of c.jurors) {
      const jt = await token(j.email, password);
      for (const a of await api(jt, 'GET', '/api/jury/assignments')) {
        const t = teachers.find((x) => x.project === a.submissionId);
        await score(jt, a.id, cld21(levels[teachers.indexOf(t)]));
      }
    }
  }
  log('the regional round opened; each coordinator assigned the academy\'s jurors, who scored its projects');

  // ---- the admin closes the regional round; each coordinator confirms the academy's shortlist
  await admin.goto(`/admin/editions/${id}/rounds`);
  await admin.getByRole('button', { name: 'Clore ce tour : « Présélection régionale »' }).click();
  const closing = admin.getByRole('dialog');
  await closing.waitFor();
  await check(admin, 'staged-close-round');
  await closing.getByRole('button', { name: 'Clore le tour' }).click();
  await admin.waitForURL(/\/rounds\/1\/shortlist/);
  await coordinator.goto(`/admin/editions/${id}/rounds/1/shortlist`);
  await coordinator.getByRole('button', { name: /Confirmer/ }).first().click();
  const confirmRegion = coordinator.getByRole('dialog');
  await confirmRegion.waitFor();
  await check(coordinator, 'staged-coordinator-shortlist');
  await confirmRegion.getByRole('button', { name: 'Confirmer' }).click();
  await confirmRegion.waitFor({ state: 'detached' });
  // Casablanca sends its third project on instead of its second, with the reason recorded.
  const casablanca = await api(coord['MA-06'].token, 'GET', `/api/editions/${id}/rounds/1/shortlist`);
  const p5 = casablanca.rows.find((r) => r.submissionId === teachers[4].project);
  const p6 = casablanca.rows.find((r) => r.submissionId === teachers[5].project);
  assert.equal(p5.proposed, true);
  await api(coord['MA-06'].token, 'PUT', `/api/editions/${id}/rounds/1/shortlist/${p5.submissionId}`,
    { advances: false, reason: 'Projet déjà primé au niveau régional', version: p5.version });
  await api(coord['MA-06'].token, 'PUT', `/api/editions/${id}/rounds/1/shortlist/${p6.submissionId}`,
    { advances: true, reason: 'Projet en milieu rural, très prometteur', version: p6.version });
  const confirmed = await api(coord['MA-06'].token, 'POST', `/api/editions/${id}/rounds/1/shortlist/confirm`, {});
  assert.equal(confirmed.round.status, 'ADVANCED');
  assert.match(await mailMatching(teachers[2].email, /n'est pas retenu pour le tour suivant/), /Présélection régionale/);
  assert.match(await mailMatching(teachers[5].email, /est retenu pour le tour suivant/), /Jury national/);
  log('the regional round closed; both coordinators confirmed their shortlists (Casablanca adjusted one, with a reason); authors mailed');

  // ---- the national round: two national jurors, the admin confirms two finalists
  const inNational = [0, 1, 3, 5].map((i) => teachers[i]);
  await api(adminToken, 'POST', `/api/editions/${id}/assignments/auto?round=2`, { jurorIds: national.map((j) => j.id) });
  const nationalLevels = new Map([[teachers[0].project, 4], [teachers[1].project, 2], [teachers[3].project, 3], [teachers[5].project, 1]]);
  for (const j of national) {
    const jt = await token(j.email, password);
    for (const a of (await api(jt, 'GET', '/api/jury/assignments')).filter((x) => x.roundPosition === 2)) {
      await score(jt, a.id, cld21(nationalLevels.get(a.submissionId)));
    }
  }
  assert.equal((await api(adminToken, 'GET', `/api/editions/${id}/ranking?round=2`)).items.length, inNational.length);
  await api(adminToken, 'POST', `/api/editions/${id}/rounds/2/close`, {});
  await admin.goto(`/admin/editions/${id}/rounds/2/shortlist`);
  await admin.getByRole('button', { name: 'Confirmer la liste' }).click();
  const confirmNational = admin.getByRole('dialog');
  await confirmNational.waitFor();
  await check(admin, 'staged-national-shortlist');
  await confirmNational.getByRole('button', { name: 'Confirmer' }).click();
  await confirmNational.waitFor({ state: 'detached' });
  const finalists = [teachers[0], teachers[3]];
  log('the national round scored the four projects; the admin confirmed the two finalists');

  // ---- the finalists' presentations: slots mailed with calendar invitations
  const start = new Date(now + 250 * DAY);
  start.setUTCHours(9, 0, 0, 0);
  await api(adminToken, 'PUT', `/api/editions/${id}/rounds/3/slots/${finalists[0].project}`,
    { startsAt: start.toISOString(), durationMinutes: 20, place: 'Salle Al Massira, Rabat' });
  await api(adminToken, 'PUT', `/api/editions/${id}/rounds/3/slots/${finalists[1].project}`,
    { startsAt: new Date(start.getTime() + 30 * 60_000).toISOString(), durationMinutes: 20, videoUrl: 'https://visio.example.ma/finale' });
  const invitation = await lastEml(finalists[0].email, /text\/calendar/);
  assert.match(invitation, /\.ics/);
  await admin.goto(`/admin/editions/${id}/presentations`);
  await admin.getByText('Salle Al Massira, Rabat').first().waitFor();
  await check(admin, 'staged-presentations');
  log('the finalists\' slots are scheduled; each finalist was mailed an .ics invitation');

  // ---- the finals jury scores live on a tablet; its president records the minutes
  await api(adminToken, 'POST', `/api/editions/${id}/assignments/auto?round=3`, { jurorIds: national.map((j) => j.id) });
  await api(adminToken, 'PUT', `/api/editions/${id}/rounds/3/president`, { jurorId: national[0].id });
  const presentation = (level) => ['CLARITY', 'IMPACT', 'ANSWERS', 'TRANSFER'].map((criterionCode) => ({ criterionCode, score: level }));
  const president = await newPage();
  await president.setViewportSize({ width: 820, height: 1180 });
  await login(president, national[0].email, password);
  const presidentToken = await token(national[0].email, password);
  const finals = (await api(presidentToken, 'GET', '/api/jury/assignments')).filter((a) => a.roundPosition === 3);
  const first = finals.find((a) => a.submissionId === finalists[0].project);
  await president.goto(`/jury/assignments/${first.id}`);
  await president.locator('fieldset.criterion').first().waitFor();
  for (const criterion of await president.locator('fieldset.criterion').all()) {
    await criterion.getByRole('radio').last().check();
  }
  await president.getByLabel('Retour pour l’enseignant·e', { exact: true }).fill('Une présentation claire et convaincante.');
  await check(president, 'staged-finals-scoring-tablet');
  await president.getByRole('button', { name: 'Soumettre mon évaluation' }).click();
  await president.getByRole('dialog').getByRole('button', { name: 'Confirmer et soumettre' }).click();
  await president.getByText(/Évaluation soumise\s: note/).waitFor();
  for (const a of finals.filter((x) => x !== first)) await score(presidentToken, a.id, presentation(2));
  const second = await token(national[1].email, password);
  for (const a of (await api(second, 'GET', '/api/jury/assignments')).filter((x) => x.roundPosition === 3)) {
    await score(second, a.id, presentation(a.submissionId === finalists[0].project ? 4 : 3));
  }
  await president.goto('/jury');
  const minutes = president.getByLabel('Procès-verbal de la délibération', { exact: true });
  await minutes.fill('Le jury a entendu les deux finalistes et retient à l’unanimité le premier projet.');
  await president.getByRole('button', { name: 'Enregistrer le procès-verbal' }).click();
  await president.getByText('Procès-verbal enregistré.').waitFor();
  await check(president, 'staged-president-minutes');
  log('the finals jury scored on a tablet with the presentation rubric; its president recorded the minutes');

  // ---- deliberation on the last round, the delegation, publication
  await api(adminToken, 'POST', `/api/editions/${id}/transitions`, { to: 'DELIBERATION' });
  const proposal = await api(adminToken, 'POST', `/api/editions/${id}/awards/proposal`, { replace: true, scoreFloor: 0 });
  const winner = proposal.awards.find((a) => a.kind === 'WINNER');
  assert.equal(winner.submissionId, finalists[0].project);
  await api(adminToken, 'PUT', `/api/editions/${id}/delegation`, { companions: [finalists[1].project] });
  await admin.goto(`/admin/editions/${id}/awards`);
  await admin.getByText('Le jury a entendu les deux finalistes').waitFor();
  await check(admin, 'staged-awards-minutes-delegation');
  await api(adminToken, 'POST', `/api/editions/${id}/transitions`, { to: 'PUBLISHED' });
  log('the awards come from the finals\' ranking; the delegation is the winner and a companion; published');

  // ---- the public results show the delegation, in French and Arabic
  const visitor = await newPage();
  await visitor.goto(`/editions/${id}`);
  await visitor.getByRole('heading', { name: 'La délégation marocaine' }).waitFor();
  await visitor.getByText(finalists[1].title).first().waitFor();
  await check(visitor, 'staged-results-delegation');
  await visitor.getByLabel('Langue', { exact: true }).selectOption('ar');
  await visitor.locator('html[dir="rtl"]').waitFor();
  await visitor.getByRole('heading', { name: 'الفائز الأول' }).waitFor();
  await check(visitor, 'staged-results-delegation-ar');
  assert.match(await mailMatching(finalists[0].email, /Budapest/), /Budapest/);
  log('the public results show the winner and the delegation to the forum, in French and Arabic');

  // ---- a teacher follows her project through the rounds, without any score
  const teacher = await newPage();
  await login(teacher, teachers[1].email, teachers[1].password);
  await teacher.goto(`/teacher/submissions/${teachers[1].project}`);
  const timeline = teacher.getByRole('heading', { name: 'Votre projet au fil des tours' });
  await timeline.waitFor();
  await teacher.getByText('Qualifié pour le tour suivant').first().waitFor();
  await teacher.getByText('Non qualifié pour le tour suivant').first().waitFor();
  await check(teacher, 'staged-teacher-timeline');
  await teacher.setViewportSize({ width: 360, height: 740 });
  assert.ok(await teacher.evaluate(() => document.documentElement.scrollWidth <= 360), 'the timeline fits 360 px');
  await check(teacher, 'staged-teacher-timeline-phone');
  await teacher.setViewportSize({ width: 1280, height: 900 });
  await teacher.getByLabel('Langue', { exact: true }).selectOption('ar');
  await teacher.locator('html[dir="rtl"]').waitFor();
  await check(teacher, 'staged-teacher-timeline-ar');
  log('a teacher sees her project\'s way through the rounds on a phone, in French and Arabic, with no score');

  // ---- the admin's round screens in Arabic on a phone: their tables scroll inside, the page does not
  await admin.setViewportSize({ width: 360, height: 740 });
  // On a phone the language choice is in the header's menu.
  await admin.getByRole('button', { name: 'Menu', exact: true }).click();
  await admin.getByLabel('Langue', { exact: true }).selectOption('ar');
  await admin.locator('html[dir="rtl"]').waitFor();
  for (const [name, path] of [['staged-ar-phone-rounds', `/admin/editions/${id}/rounds`],
    ['staged-ar-phone-ranking', `/admin/editions/${id}/ranking?round=1`]]) {
    await admin.goto(path);
    await admin.locator('main table').first().waitFor();
    assert.equal(await admin.getAttribute('html', 'dir'), 'rtl');
    assert.ok(await admin.evaluate(() => document.documentElement.scrollWidth <= 360), `${name} fits 360 px`);
    await check(admin, name);
  }
  log('the admin\'s round screens read right to left on a phone, their tables scrolling inside');

  await finish();
} catch (error) {
  await finish(error);
}
