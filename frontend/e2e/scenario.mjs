// The whole competition in a real browser against the real application: a teacher registers and
// submits with a file; the admin closes the call and assigns; two jurors score; the admin proposes
// the awards and publishes; the public sees the laureates; a certificate verifies; Arabic is right
// to left. Every main page is checked with axe-core and saved as a screenshot.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  ADMIN, DAY, PDF, RUN, SHOTS, certificateCode, check, finish, localInput, log, login, mailMatching, newPage, pdfLines, registerTeacher, scoreProject, takeStep,
} from './lib.mjs';

try {
  const editionNumber = 100 + Math.floor(Math.random() * 800);
  const projectTitle = `Robotique au collège ${RUN}`;
  const MODERATED = 'Une bonne idée, que des mesures avec les élèves rendraient plus convaincante.';
  const teacher = { email: `enseignante-${RUN}@e2e.innovatice.ma`, password: 'teacher-password-1' };
  const project2Title = `Herbier numérique ${RUN}`;
  const teacher2 = { email: `enseignant-${RUN}@e2e.innovatice.ma`, password: 'teacher-password-2' };
  const juror3 = { first: 'Juré3', email: `jury3-${RUN}@e2e.innovatice.ma`, password: 'jury-password-3x' };
  const jurors = [1, 2].map((i) => ({ first: `Juré${i}`, email: `jury${i}-${RUN}@e2e.innovatice.ma`, password: `jury-password-${i}x` }));

  // ---- public home, before anything exists
  const visitor = await newPage();
  await visitor.goto('/');
  await visitor.getByRole('heading', { level: 1, name: 'Enseignants Innovants' }).waitFor();
  log('public home answers');

  // ---- the admin creates an edition, opens it and creates two jurors
  const admin = await newPage();
  await login(admin, ADMIN.email, ADMIN.password);
  await admin.goto('/admin');
  await check(admin, 'admin-editions');
  await admin.getByRole('button', { name: 'Nouvelle édition' }).click();
  const now = Date.now();
  await admin.getByLabel('Numéro', { exact: true }).fill(String(editionNumber));
  await admin.getByLabel('Année', { exact: true }).fill(String(new Date().getFullYear()));
  await admin.getByLabel('Titre (français)', { exact: true }).fill(`${editionNumber}e édition (e2e ${RUN})`);
  await admin.getByLabel('Thème (français)', { exact: true }).fill('Le numérique au service des apprentissages');
  await admin.getByLabel('Règlement (français)', { exact: true }).fill('Un projet par enseignant.\n\nLes pièces justificatives sont obligatoires.');
  await admin.getByLabel('Ouverture des candidatures', { exact: true }).fill(localInput(new Date(now - DAY)));
  await admin.getByLabel('Clôture des candidatures', { exact: true }).fill(localInput(new Date(now + 300 * DAY)));
  await admin.getByLabel('Fin de l’évaluation', { exact: true }).fill(localInput(new Date(now + 330 * DAY)));
  await admin.getByLabel('Date de la cérémonie', { exact: true }).fill(localInput(new Date(now + 340 * DAY)).slice(0, 10));
  await admin.getByLabel('Lieu de la cérémonie (français)', { exact: true }).fill('Théâtre Mohammed V, Rabat');
  await admin.getByLabel('Nom du forum international (français)', { exact: true }).fill('Global Education Forum');
  // Side by side: the forum's Arabic name, which the Arabic results page shows (the English one is left to fall back).
  await admin.getByLabel('Nom du forum international (arabe)', { exact: true }).fill('المنتدى العالمي للتعليم');
  await admin.getByLabel('Ville du forum', { exact: true }).fill('Budapest');
  await admin.getByLabel('Année du forum', { exact: true }).fill(String(new Date(now + 340 * DAY).getFullYear()));
  // One laureate (the winner) from the ranking; the second project gets a special mention by hand.
  await admin.getByLabel('Nombre de lauréats', { exact: true }).fill('1');
  await admin.getByLabel('Jurés par projet', { exact: true }).fill('2');
  // Judged blind: the jurors never see who wrote a project, and the teachers are told where they still show.
  await admin.getByLabel('Évaluation anonyme (les jurés ne voient pas l’identité)', { exact: true }).check();
  await admin.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await admin.waitForURL(/\/admin\/editions\/\d+$/);
  const editionUrl = new URL(admin.url()).pathname;
  await admin.getByRole('heading', { name: 'Étapes' }).waitFor();
  await check(admin, 'admin-edition-draft');
  await takeStep(admin, 'Ouvrir l’appel à projets');
  await admin.getByRole('button', { name: 'Clore l’appel et lancer l’évaluation' }).waitFor();
  log(`admin created and opened edition ${editionNumber}`);

  await admin.goto('/admin/accounts');
  for (const j of jurors) {
    await admin.getByLabel('Prénom', { exact: true }).fill(j.first);
    await admin.getByLabel('Nom', { exact: true }).fill('E2E');
    await admin.getByLabel('Adresse e-mail', { exact: true }).fill(j.email);
    await admin.getByLabel('Mot de passe', { exact: true }).fill(j.password);
    await admin.getByRole('button', { name: 'Créer le compte' }).click();
    await admin.getByText(`Compte ${j.email} créé.`).waitFor();
  }
  await check(admin, 'admin-accounts');
  log('admin created two jurors');

  // ---- Swagger UI from the admin menu opens signed in with the web session (no second login)
  const menu = admin.getByRole('navigation', { name: 'Administration' });
  const [swagger] = await Promise.all([admin.waitForEvent('popup'), menu.getByRole('link', { name: 'API (Swagger UI)' }).click()]);
  await swagger.locator('.btn.authorize.locked').waitFor();
  const getMe = swagger.locator('.opblock')
    .filter({ has: swagger.locator('.opblock-summary-path[data-path="/api/me"]') })
    .filter({ has: swagger.locator('.opblock-summary-method', { hasText: 'GET' }) });
  await getMe.locator('.opblock-summary').click();
  await getMe.getByRole('button', { name: 'Try it out' }).click();
  await getMe.getByRole('button', { name: 'Execute' }).click();
  const answer = getMe.locator('.live-responses-table .response-col_description pre').first();
  await answer.waitFor();
  assert.equal(JSON.parse(await answer.textContent()).email, ADMIN.email);
  await swagger.screenshot({ path: `${SHOTS}admin-swagger.png` });
  await swagger.close();
  log('Swagger UI opened from the admin menu is already authorized with the admin\'s session');

  // ---- the teacher registers (with her region, school and level), confirms her address and completes the profile
  const t = await newPage();
  await registerTeacher(t, { first: 'Amal', last: `Enseignante ${RUN}`, ...teacher, region: 'MA-04',
    school: 'Collège Ibn Sina, Salé', level: 'SECONDAIRE_COLLEGIAL', discipline: 'Technologie' }, true);
  log('teacher registered with her region, school and level, and confirmed the address from the email');

  await t.getByRole('link', { name: 'Mon espace' }).click();
  await t.getByLabel('Titre du projet', { exact: true }).fill(projectTitle);
  await check(t, 'teacher-space');
  await t.getByRole('button', { name: 'Commencer mon projet' }).click();
  await t.waitForURL(/\/teacher\/submissions\/\d+$/);
  const submissionUrl = new URL(t.url()).pathname;
  await t.getByLabel('Résumé', { exact: true }).fill('Les élèves conçoivent un robot trieur de déchets.');
  await t.getByLabel('Description', { exact: true }).fill('Un projet de six semaines.\n\nLes élèves programment un robot en équipes.');
  await t.getByLabel('Technologies utilisées', { exact: true }).fill('Arduino\nScratch');
  await t.getByLabel('Nombre d’élèves impliqués', { exact: true }).fill('28');
  // The pupils declaration (issue 20): her evidence shows pupils, the school holds their parents' authorisations,
  // whose scan she joins apart from the evidence (the jurors never see it).
  await t.getByRole('radio', { name: 'Oui, des élèves sont visibles ou identifiables' }).check();
  await t.getByRole('checkbox', { name: /l’établissement détient l’autorisation écrite des parents/ }).check();
  await t.getByText(/^Enregistré \(/).waitFor();
  log('teacher draft autosaved');
  await t.getByLabel('Ajouter des fichiers', { exact: true }).setInputFiles({ name: 'preuve.pdf', mimeType: 'application/pdf', buffer: PDF });
  await t.getByRole('button', { name: 'preuve.pdf', exact: true }).waitFor();
  await t.getByLabel('Joindre des autorisations', { exact: true }).setInputFiles({ name: 'autorisations.pdf', mimeType: 'application/pdf', buffer: PDF });
  await t.getByRole('button', { name: 'autorisations.pdf', exact: true }).waitFor();
  await check(t, 'teacher-submission-draft');
  await t.getByRole('button', { name: 'Soumettre mon projet' }).click();
  await t.getByText('Projet soumis.').waitFor();
  await t.getByText('Soumis', { exact: true }).first().waitFor();
  // Submitted: read-only with a way to change it, and no second "submit" for an unchanged project.
  await t.getByRole('button', { name: 'Modifier mon projet' }).waitFor();
  assert.equal(await t.getByRole('button', { name: 'Soumettre à nouveau' }).count(), 0);
  await check(t, 'teacher-submitted');
  log('teacher submitted the project with a file');

  // ---- she withdraws it, then changes her mind and submits it again from the page
  await t.getByRole('button', { name: 'Retirer ma candidature' }).click();
  await t.getByText('Vous avez retiré ce projet du concours.').waitFor();
  await check(t, 'teacher-withdrawn');
  await t.getByRole('button', { name: 'Soumettre à nouveau' }).click();
  await t.getByText('Projet soumis.').waitFor();
  await t.getByRole('button', { name: 'Modifier mon projet' }).waitFor();
  log('teacher withdrew the project and submitted it again');

  // ---- a second teacher, from another region, submits a smaller project (it gets a special mention)
  const t2 = await newPage();
  await registerTeacher(t2, { first: 'Youssef', last: `Enseignant ${RUN}`, ...teacher2, region: 'MA-09',
    school: 'École Al Massira, Agadir', level: 'PRIMAIRE', discipline: 'Sciences' }, false);
  await t2.getByRole('link', { name: 'Mon espace' }).click();
  await t2.getByLabel('Titre du projet', { exact: true }).fill(project2Title);
  await t2.getByRole('button', { name: 'Commencer mon projet' }).click();
  await t2.waitForURL(/\/teacher\/submissions\/\d+$/);
  const submission2Url = new URL(t2.url()).pathname;
  await t2.getByLabel('Résumé', { exact: true }).fill('Un herbier numérique de la région, photographié par les élèves.');
  await t2.getByLabel('Description', { exact: true }).fill('Les élèves de M. Youssef photographient et décrivent les plantes de leur village.');
  await t2.getByLabel('Technologies utilisées', { exact: true }).fill('Tablettes');
  await t2.getByLabel('Nombre d’élèves impliqués', { exact: true }).fill('24');
  await t2.getByRole('radio', { name: 'Non, aucun élève n’est visible ni nommé' }).check();
  await t2.getByText(/^Enregistré \(/).waitFor();
  await t2.getByLabel('Ajouter des fichiers', { exact: true }).setInputFiles({ name: 'herbier.pdf', mimeType: 'application/pdf', buffer: PDF });
  await t2.getByRole('button', { name: 'herbier.pdf', exact: true }).waitFor();
  // The edition is blind and he named himself: his page says where, and submitting asks him again.
  const anonymity = t2.getByRole('region', { name: 'Anonymat du projet' });
  await anonymity.getByText('Un nom (le vôtre ou celui d’un co-auteur) apparaît dans « Description » :').waitFor();
  await anonymity.getByText(/M\. Youssef photographient/).waitFor();
  await check(t2, 'teacher-anonymity-warning');
  await t2.getByRole('button', { name: 'Soumettre mon projet' }).click();
  const stillShows = t2.getByRole('alertdialog', { name: 'Votre identité apparaît encore dans votre projet' });
  await stillShows.waitFor();
  await check(t2, 'teacher-anonymity-confirm');
  await stillShows.getByRole('button', { name: 'Soumettre quand même' }).click();
  await t2.getByText('Projet soumis.').waitFor();
  log('a second teacher was told his name shows in a blind edition, and submitted anyway');

  // ---- before any juror is assigned, the admin masks his name (the original goes to the audit log)
  await admin.goto(`${editionUrl}/anonymity`);
  const flagged = admin.getByRole('heading', { name: 'Anonymat des projets soumis' });
  await flagged.waitFor();
  const flaggedProject = admin.locator('li.card').filter({ has: admin.getByRole('heading', { name: project2Title }) });
  await flaggedProject.getByRole('button', { name: 'Masquer dans « Description »' }).click();
  await admin.getByRole('button', { name: 'Remplacer chaque terme par « [masqué] »' }).click();
  await admin.getByText('Plus aucun terme recherché dans ce texte.').waitFor();
  await check(admin, 'admin-anonymity-redaction');
  await admin.getByRole('button', { name: 'Enregistrer le texte masqué' }).click();
  await admin.getByText('Texte masqué : l’original est gardé dans le journal d’audit.').waitFor();
  await t2.reload();
  // The description is in a (read-only) text box: its value is what the teacher reads.
  await t2.waitForFunction((text) => [...document.querySelectorAll('textarea')].some((box) => box.value.includes(text)),
    'Les élèves de M. [masqué] photographient et décrivent les plantes de leur village.', { timeout: 90_000 });
  log('admin masked the name before assignment; the teacher reads the masked text');

  // ---- the admin closes the call and assigns automatically
  await admin.goto(editionUrl);
  // The call closes long before its announced date: the preview asks why (audited).
  await takeStep(admin, 'Clore l’appel et lancer l’évaluation', {
    reason: { label: 'Motif de la clôture anticipée', text: 'Scénario de bout en bout : le jury est prêt.' }, shot: 'admin-close-call-preview' });
  await admin.getByRole('button', { name: 'Clore l’évaluation et délibérer' }).waitFor();

  // ---- calibration: both jurors first score the same two anonymised sample projects
  await admin.getByRole('link', { name: 'Calibration' }).click();
  await admin.getByRole('heading', { name: 'Préparer la calibration' }).waitFor();
  const projects = admin.getByRole('group', { name: 'Projets d’essai (2 ou 3)' });
  await projects.getByLabel(projectTitle, { exact: true }).check();
  await projects.getByLabel(project2Title, { exact: true }).check();
  await admin.getByRole('button', { name: 'Cocher tous les jurés' }).click();
  await admin.getByRole('button', { name: 'Lancer la calibration' }).click();
  await admin.getByRole('heading', { name: 'Projets d’essai' }).waitFor();
  await check(admin, 'admin-calibration-open');
  log('admin started a calibration on two anonymised sample projects');

  await admin.getByRole('link', { name: 'Affectation' }).click();
  await admin.getByRole('button', { name: 'Affecter automatiquement' }).click();
  await admin.getByText(/affectations? créées?/).waitFor();
  await admin.getByRole('cell', { name: /Juré1 E2E/ }).first().waitFor();
  await check(admin, 'admin-assignment');
  await admin.getByRole('link', { name: 'Édition et grille' }).click();
  await admin.getByText('Prolonger l’évaluation', { exact: true }).first().waitFor();
  await check(admin, 'admin-edition-evaluation');
  log('admin closed the call and assigned the jurors');

  // Assignments wait for the calibration: each juror scores the samples first (the first more generously).
  for (const [i, j] of jurors.entries()) {
    const p = await newPage();
    await login(p, j.email, j.password);
    for (const label of ['A', 'B']) {
      await p.goto('/jury');
      await p.getByRole('heading', { name: 'Calibration avant l’évaluation' }).waitFor();
      if (label === 'A') {
        assert.equal(await p.getByRole('link', { name: projectTitle, exact: true }).count(), 0, 'assignments are held');
        await check(p, `jury-calibration-home-${i + 1}`);
      }
      await p.getByRole('link', { name: new RegExp(`^Projet d’essai ${label} : `) }).click();
      await p.getByRole('heading', { name: new RegExp(`^Projet d’essai ${label} : `) }).waitFor();
      for (const criterion of await p.locator('fieldset.criterion').all()) {
        const boxes = await criterion.getByRole('checkbox').all();
        const ticks = i === 0 ? Math.min(boxes.length, label === 'A' ? 3 : 2) : (label === 'A' ? 2 : 1);
        for (const box of boxes.slice(0, ticks)) await box.check();
      }
      if (i === 0 && label === 'A') await check(p, 'jury-calibration-sample');
      await p.getByRole('button', { name: 'Enregistrer mes notes' }).click();
      await p.getByText(/^Notes enregistrées\s: /).waitFor();
    }
    await p.context().close();
  }
  await admin.goto(`${editionUrl}/calibration`);
  await admin.getByRole('heading', { name: 'Rapport de calibration' }).waitFor();
  await admin.getByText('Calculé sur 2 jurés ayant noté tous les projets d’essai (2).').waitFor();
  await admin.getByRole('table', { name: 'Écart de chaque juré à la médiane du panel' }).waitFor();
  await check(admin, 'admin-calibration-report');
  await admin.getByRole('button', { name: 'Clôturer la calibration et libérer les affectations' }).click();
  await admin.getByText('Calibration clôturée : les jurés voient désormais leurs projets affectés.').waitFor();
  log('two jurors scored the samples; admin read the calibration report and closed it');

  // ---- two jurors score: the first finds the first project remarkable; the second declares a conflict
  // of interest with the second project, which is left with one juror of the two it needs
  for (const [i, j] of jurors.entries()) {
    const p = await newPage();
    await login(p, j.email, j.password);
    for (const [k, title] of [projectTitle, project2Title].entries()) {
      await p.goto('/jury');
      if (k === 0) await check(p, `jury-home-${i + 1}`);
      await p.getByRole('link', { name: title }).click();
      await p.getByRole('heading', { name: 'Grille d’évaluation' }).waitFor();
      if (i === 1 && k === 1) {
        const conflict = p.locator('details').filter({ hasText: 'Déclarer un conflit d’intérêts' });
        await conflict.locator('summary').click();
        await conflict.getByLabel('Motif', { exact: true }).fill('Je connais l’établissement de l’auteur.');
        await conflict.getByRole('button', { name: 'Déclarer le conflit' }).click();
        await p.waitForURL(/\/jury$/);
        continue;
      }
      if (i === 0 && k === 0) {
        // The evidence opens in the page, beside the grid, without a download.
        await p.getByRole('button', { name: /^Afficher/ }).first().click();
        await p.getByRole('heading', { name: /^Aperçu/ }).waitFor();
        await p.locator('iframe').first().waitFor();
        // Chromium's PDF viewer inside the frame never lets the network go idle: a plain screenshot.
        await p.waitForTimeout(1500);
        await p.screenshot({ path: `${SHOTS}jury-evidence-preview.png`, fullPage: true });
        await p.getByRole('button', { name: 'Fermer l’aperçu' }).click();
      }
      await scoreProject(p, { all: i === 0 && k === 0, feedback: i === 0 ? 'Projet remarquable, bravo.' : 'Bonne idée, à approfondir.',
        shot: k === 0 ? `jury-scoring-${i + 1}` : undefined });
    }
    await p.context().close();
  }
  log('two jurors scored; the second declared a conflict with the second project');

  // ---- the admin sees the second project understaffed and chooses a third juror for it
  await admin.goto('/admin/accounts');
  await admin.getByLabel('Prénom', { exact: true }).fill(juror3.first);
  await admin.getByLabel('Nom', { exact: true }).fill('E2E');
  await admin.getByLabel('Adresse e-mail', { exact: true }).fill(juror3.email);
  await admin.getByLabel('Mot de passe', { exact: true }).fill(juror3.password);
  await admin.getByRole('button', { name: 'Créer le compte' }).click();
  await admin.getByText(`Compte ${juror3.email} créé.`).waitFor();
  await admin.goto(editionUrl);
  await admin.getByRole('link', { name: 'Affectation' }).click();
  await admin.getByRole('heading', { name: 'Projets en sous-effectif' }).waitFor();
  await admin.getByRole('button', { name: `Ajouter un juré pour « ${project2Title} »` }).click();
  await admin.getByRole('button', { name: `Affecter ${juror3.first} E2E à « ${project2Title} »` }).waitFor();
  await check(admin, 'admin-understaffed-chooser');
  await admin.getByRole('button', { name: `Affecter ${juror3.first} E2E à « ${project2Title} »` }).click();
  await admin.getByText(`${juror3.first} E2E est affecté·e à « ${project2Title} ».`).waitFor();
  log('admin resolved the understaffed project by choosing a third juror');

  const p3 = await newPage();
  await login(p3, juror3.email, juror3.password);
  await p3.goto('/jury');
  await p3.getByRole('link', { name: project2Title }).click();
  await p3.getByRole('heading', { name: 'Grille d’évaluation' }).waitFor();
  await scoreProject(p3, { all: false, feedback: 'Un bel inventaire, à enrichir de mesures.' });
  await p3.context().close();
  log('the third juror scored the second project');

  // ---- deliberation: ranking, proposal, publication
  await admin.goto(editionUrl);
  await takeStep(admin, 'Clore l’évaluation et délibérer', { shot: 'admin-deliberate-preview' });
  await admin.getByRole('button', { name: 'Publier les résultats' }).waitFor();
  await admin.getByRole('link', { name: 'Classement' }).click();
  await admin.getByRole('rowheader', { name: projectTitle }).waitFor();
  await check(admin, 'admin-ranking');
  await admin.getByRole('link', { name: 'Statistiques' }).click();
  await admin.getByText('Projets par région').waitFor();
  await check(admin, 'admin-statistics');
  // ---- moderation: the admin reads the evaluations and rewords one feedback before the teacher sees it
  await admin.getByRole('link', { name: 'Évaluations' }).click();
  await admin.getByRole('heading', { name: 'Évaluations et modération des retours' }).waitFor();
  const secondJuror = admin.getByRole('region', { name: `Juré2 E2E (${jurors[1].email})` });
  await secondJuror.getByRole('button', { name: 'Modérer le retour' }).click();
  await secondJuror.getByLabel('Texte lu par l’enseignant·e', { exact: true }).fill(MODERATED);
  await secondJuror.getByRole('button', { name: 'Enregistrer le texte modéré' }).click();
  await secondJuror.getByText('Texte modéré enregistré.').waitFor();
  await check(admin, 'admin-moderation');
  log('admin moderated a juror\'s feedback');

  await admin.getByRole('link', { name: 'Distinctions' }).click();
  await admin.getByRole('button', { name: 'Proposer à partir du classement' }).click();
  await admin.getByText(/Proposition enregistrée/).waitFor();
  // The proposal makes the first project the winner; the organisers add a special mention by hand.
  const addAward = admin.getByRole('form', { name: 'Ajouter une distinction' });
  const candidate = await addAward.locator('option', { hasText: project2Title }).getAttribute('value');
  await addAward.getByLabel('Projet', { exact: true }).selectOption(candidate);
  await addAward.getByLabel('Distinction', { exact: true }).selectOption({ label: 'Mention spéciale' });
  await addAward.getByLabel('Citation (français)', { exact: true }).fill('Pour un herbier que toute l’école consulte.');
  await addAward.getByRole('button', { name: 'Ajouter la distinction' }).click();
  await admin.getByText(`Distinction ajoutée : « ${project2Title} ».`).waitFor();
  const winnerRow = admin.locator('tr').filter({ hasText: projectTitle });
  await winnerRow.getByLabel('Citation (français)', { exact: true }).fill('Des robots qui trient les déchets de tout le collège.');
  await winnerRow.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await admin.getByText(`Distinction enregistrée : « ${projectTitle} ».`).waitFor();
  await check(admin, 'admin-awards');
  log('admin added a special mention by hand and saved the winner\'s citation');
  await takeStep(admin, 'Publier les résultats', { shot: 'admin-publish-preview' });
  await admin.getByText('Résultats publiés.').waitFor();
  log('admin proposed the awards and published');

  // ---- the audit log and the outbox, read in the client
  await admin.getByRole('link', { name: 'Journal d’audit' }).click();
  await admin.getByLabel('Action', { exact: true }).fill('MODERATE');
  await admin.getByText('MODERATE', { exact: true }).first().waitFor();
  await check(admin, 'admin-audit');
  await admin.getByRole('link', { name: 'Courriels' }).click();
  await admin.getByText(teacher.email).first().waitFor();
  await check(admin, 'admin-outbox');
  log('admin read the audit log (filtered) and the outbox');

  // ---- the new administration screens in Arabic, right to left
  await admin.getByLabel('Langue', { exact: true }).selectOption('ar');
  // The choice is kept once the Arabic texts have arrived (they are fetched when first chosen).
  await admin.waitForFunction(() => document.documentElement.dir === 'rtl');
  for (const [name, path] of [['ar-admin-moderation', `${editionUrl}/evaluations`], ['ar-admin-assignment', `${editionUrl}/assignment`],
    ['ar-admin-ranking', `${editionUrl}/ranking`], ['ar-admin-audit', '/admin/audit'], ['ar-admin-outbox', '/admin/outbox']]) {
    await admin.goto(path);
    await admin.locator('main h1').first().waitFor();
    assert.equal(await admin.getAttribute('html', 'dir'), 'rtl');
    await check(admin, name);
  }
  await admin.getByLabel('اللغة', { exact: true }).selectOption('fr');
  log('the new administration screens read right to left in Arabic');

  // ---- the public sees the laureates
  await visitor.goto('/editions');
  await visitor.getByRole('link', { name: `Lauréats de la ${editionNumber}e édition` }).click();
  await visitor.getByRole('heading', { name: 'Grand gagnant' }).waitFor();
  await visitor.getByRole('heading', { name: projectTitle }).waitFor();
  const forumYear = new Date(now + 340 * DAY).getFullYear();
  // The typed names are isolated (FSI ... PDI) inside the sentence.
  await visitor.getByText(new RegExp(`^Représente le Maroc au forum international « \u2068?Global Education Forum\u2069? » \\(\u2068?Budapest\u2069?, ${forumYear}\\)\\.$`)).waitFor();
  await visitor.getByRole('heading', { name: 'Mentions spéciales' }).waitFor();
  await visitor.getByRole('heading', { name: project2Title }).waitFor();
  await check(visitor, 'public-results');
  const resultsPath = new URL(visitor.url()).pathname;
  await visitor.goto('/editions');
  await check(visitor, 'public-archive');
  await visitor.goto('/');
  await check(visitor, 'public-home');
  log('the public sees the winner, the forum and the special mention');

  // ---- the results emails: the forum for the winner, the ceremony for every distinction
  const winnerMail = await mailMatching(teacher.email, /forum international/);
  assert.match(winnerMail, /Global Education Forum/);
  assert.match(winnerMail, /Théâtre Mohammed V, Rabat/);
  const mentionMail = await mailMatching(teacher2.email, /Mention spéciale|mention spéciale/);
  assert.match(mentionMail, /Théâtre Mohammed V, Rabat/);
  assert.doesNotMatch(mentionMail, /forum international/);
  log('the winner\'s email names the forum; both emails give the ceremony');

  // ---- the second teacher's page shows the special mention as its own outcome
  await t2.goto(submission2Url);
  await t2.getByText('Mention spéciale', { exact: true }).first().waitFor();
  assert.equal(await t2.getByText('Non retenu', { exact: true }).count(), 0, 'a special mention is not "Non retenu"');
  await check(t2, 'teacher-special-mention');
  log('the special mention shows as its own outcome on the teacher\'s page');

  // ---- the teacher reads the result, downloads the certificate, which verifies
  await t.goto(submissionUrl);
  await t.getByRole('heading', { name: 'Retours du jury' }).waitFor();
  await t.getByText('Projet remarquable, bravo.').waitFor();
  // The teacher reads the moderated feedback, never the juror's original wording.
  await t.getByText(MODERATED).waitFor();
  assert.equal(await t.getByText('Bonne idée, à approfondir.').count(), 0);
  await check(t, 'teacher-result');
  const [download] = await Promise.all([t.waitForEvent('download'), t.getByRole('button', { name: 'Télécharger mon certificat (PDF)' }).click()]);
  const pdf = readFileSync(await download.path());
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  const code = certificateCode(pdf);
  const certificate = pdfLines(await download.path());
  const name = `Amal Enseignante ${RUN}`;
  assert.ok(certificate.includes('Concours Enseignants Innovants'), certificate.join('\n'));
  // The competition's one Arabic name, drawn «الأساتذة المبتكرون» (pdftotext leaves the heading's mirrored guillemets where drawn).
  assert.ok(certificate.includes('«مسابقة »الأساتذة المبتكرون'), certificate.join('\n'));
  assert.ok(certificate.includes(`décerné à ${name}, Collège Ibn Sina, Salé`), certificate.join('\n'));
  assert.ok(certificate.some((l) => l.startsWith(`pour le projet « ${projectTitle} »`)), certificate.join('\n'));
  // The Arabic sentence: the Latin school and name keep their place (visual order, right to left).
  assert.ok(certificate.includes(`Collège Ibn Sina, Salé ،${name} تُمنح إلى`), certificate.join('\n'));
  assert.ok(certificate.some((l) => l.includes(`عن مشروع «${projectTitle}»`) || l.includes(projectTitle) && l.includes('الدورة')),
    certificate.join('\n'));
  assert.ok(!certificate.some((l) => l.includes('#')), 'no missing glyph (#) in the certificate');
  log('the certificate reads right in French and in Arabic');
  await visitor.goto(`/verify/${code}`);
  await visitor.getByRole('heading', { name: 'Certificat authentique' }).waitFor();
  await visitor.getByText(projectTitle).waitFor();
  await check(visitor, 'public-verify');
  await visitor.goto('/verify/AAAAA-BBBBB-CCCCC-DDDDD-EEEEE');
  await visitor.getByText('Aucun certificat ne correspond à ce code.').waitFor();
  log(`certificate ${code} verifies`);

  // ---- the winner puts her project in the public gallery, with her evidence stated as showing no pupil
  await t.goto(submissionUrl);
  const galleryCard = t.getByRole('region', { name: 'Galerie publique' });
  await galleryCard.getByRole('checkbox', { name: /^Montrer « \u2068?preuve\.pdf/ }).check();
  await galleryCard.getByRole('checkbox', { name: 'Je certifie que ce document ne montre aucun élève (ni visage, ni voix, ni nom).' }).check();
  await galleryCard.getByLabel('J’accepte que mon projet et les documents choisis soient publiés dans la galerie publique du concours.', { exact: true }).check();
  // The parents' authorisations are never offered for the gallery.
  assert.equal(await galleryCard.getByText(/autorisations\.pdf/).count(), 0);
  await check(t, 'teacher-gallery-card');
  await galleryCard.getByRole('button', { name: 'Publier dans la galerie' }).click();
  await galleryCard.getByText('C’est enregistré : la galerie montre votre choix dès maintenant.').waitFor();
  await visitor.goto('/gallery');
  await visitor.getByLabel('Rechercher dans les titres et les résumés', { exact: true }).fill(projectTitle);
  await visitor.getByRole('button', { name: 'Rechercher', exact: true }).click();
  await visitor.getByText('1 projet trouvé').waitFor();
  await check(visitor, 'public-gallery');
  await visitor.getByRole('link', { name: `Voir le projet « ${projectTitle} »` }).click();
  await visitor.getByRole('heading', { level: 1, name: projectTitle }).waitFor();
  await visitor.locator('iframe[title="preuve.pdf"]').waitFor();
  // Chromium's PDF viewer inside the frame never lets the network go idle: a plain screenshot.
  await visitor.waitForTimeout(1500);
  await visitor.screenshot({ path: `${SHOTS}public-gallery-project.png`, fullPage: true });
  // The results link the project in the gallery.
  await visitor.goto('/editions');
  await visitor.getByRole('link', { name: `Lauréats de la ${editionNumber}e édition` }).click();
  await visitor.getByRole('link', { name: 'Voir ce projet dans la galerie' }).click();
  await visitor.getByRole('heading', { level: 1, name: projectTitle }).waitFor();
  log('the winner put her project in the gallery; the public finds it, reads its PDF in the page, and reaches it from the results');

  // ---- the second teacher downloads all his data, then deletes his account (law 09-08)
  await t2.goto('/profile');
  await t2.getByRole('link', { name: 'Mes données : les télécharger, ou supprimer mon compte' }).click();
  await t2.getByRole('heading', { level: 1, name: 'Mes données personnelles' }).waitFor();
  await check(t2, 'teacher-my-data');
  const [exported] = await Promise.all([t2.waitForEvent('download'), t2.getByRole('button', { name: 'Télécharger l’archive' }).click()]);
  const archive = readFileSync(await exported.path());
  assert.equal(archive.subarray(0, 2).toString(), 'PK', 'the export is a zip');
  for (const entry of ['account.json', 'projects.json', 'emails.json', 'herbier.pdf']) {
    assert.ok(archive.includes(Buffer.from(entry)), `${entry} is in the export`);
  }
  await t2.getByRole('button', { name: 'Supprimer mon compte…' }).click();
  const erasure = t2.getByRole('dialog', { name: 'Supprimer définitivement mon compte' });
  await erasure.getByLabel('Mot de passe actuel', { exact: true }).fill(teacher2.password);
  await erasure.getByLabel('Tapez SUPPRIMER pour confirmer', { exact: true }).fill('SUPPRIMER');
  await check(t2, 'teacher-erasure-dialog');
  await erasure.getByRole('button', { name: 'Supprimer définitivement' }).click();
  await t2.waitForURL(/\/account-erased$/);
  await t2.getByRole('heading', { name: 'Compte supprimé' }).waitFor();
  await check(t2, 'teacher-account-erased');
  // His special mention stays in the results, under no name; his address no longer signs in.
  await visitor.goto('/editions');
  await visitor.getByRole('link', { name: `Lauréats de la ${editionNumber}e édition` }).click();
  await visitor.getByRole('heading', { name: project2Title }).waitFor();
  await visitor.getByText(/Participant·e anonymisé·e/).first().waitFor();
  assert.equal(await visitor.getByText(/Youssef/).count(), 0, 'the erased teacher is named nowhere on the results');
  const refused = await visitor.request.post('/api/auth/login', { data: { email: teacher2.email, password: teacher2.password } });
  assert.equal(refused.status(), 401);
  log('the second teacher exported his data (a zip with his account, project, emails and file) and erased his account; his mention stays, anonymised');

  // ---- Arabic: the language persists and every page is right to left
  await visitor.goto('/');
  await visitor.getByLabel('Langue', { exact: true }).selectOption('ar');
  await visitor.waitForFunction(() => document.documentElement.dir === 'rtl');
  await visitor.reload();
  assert.equal(await visitor.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await visitor.getAttribute('html', 'lang'), 'ar');
  await visitor.getByRole('heading', { level: 1, name: 'الأساتذة المبتكرون' }).waitFor();
  await check(visitor, 'ar-public-home');
  await visitor.goto('/editions');
  await visitor.getByRole('link', { name: `متوَّجو الدورة ${editionNumber}` }).click();
  await visitor.getByRole('heading', { name: 'الفائز الأول' }).waitFor();
  await visitor.getByText(/^يمثل المغرب في المنتدى الدولي «\u2068?المنتدى العالمي للتعليم\u2069?»/).waitFor();
  assert.equal(await visitor.getAttribute('html', 'dir'), 'rtl');
  await check(visitor, 'ar-public-results');
  await visitor.goto(`/verify/${code}`);
  await visitor.getByRole('heading', { name: 'شهادة صحيحة' }).waitFor();
  await check(visitor, 'ar-public-verify');
  await visitor.goto('/gallery');
  await visitor.getByRole('heading', { level: 1, name: 'معرض المشاريع الفائزة' }).waitFor();
  await check(visitor, 'ar-public-gallery');
  await visitor.goto('/privacy');
  await visitor.locator('main h1').first().waitFor();
  await check(visitor, 'ar-privacy');
  await visitor.goto('/login');
  assert.equal(await visitor.getAttribute('html', 'dir'), 'rtl');
  await check(visitor, 'ar-login');
  const direction = await visitor.evaluate(() => getComputedStyle(document.querySelector('main')).direction);
  assert.equal(direction, 'rtl');
  log('Arabic pages are right to left');

  // ---- a 360 px phone: no horizontal scrolling on the main public pages
  const phone = await newPage({ phone: true });
  for (const [name, path] of [['phone-home', '/'], ['phone-archive', '/editions'], ['phone-results', resultsPath], ['phone-verify', `/verify/${code}`],
    ['phone-gallery', '/gallery'], ['phone-privacy', '/privacy']]) {
    await phone.goto(path);
    await phone.locator('h1').first().waitFor();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `${name} scrolls sideways by ${overflow}px at 360px`);
    await check(phone, name);
  }
  log('phone layout fits 360 px');

  // ---- keyboard only: the skip link leads to the content, and the login form works without a mouse
  const kb = await newPage();
  await kb.goto('/login');
  await kb.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
  await kb.keyboard.press('Tab');
  assert.equal(await kb.evaluate(() => document.activeElement?.getAttribute('href')), '#main');
  await kb.getByLabel('Adresse e-mail', { exact: true }).focus();
  await kb.keyboard.type(teacher.email);
  await kb.keyboard.press('Tab');
  await kb.keyboard.type(teacher.password);
  await kb.keyboard.press('Enter');
  await kb.waitForURL(/\/teacher$/);
  log('keyboard-only login works');

  await finish();
} catch (error) {
  await finish(error);
}
