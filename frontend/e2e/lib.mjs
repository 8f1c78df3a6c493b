// What the end-to-end scenarios share: the browser, pages with the run's settings, axe-core checks
// with screenshots, the emails the application writes, PDFs read back, and the steps people take
// again and again (signing in, registering, a lifecycle step, scoring a project).
import { chromium } from 'playwright-core';
import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import assert from 'node:assert/strict';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const BASE = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:8080';
export const ADMIN = { email: process.env.E2E_ADMIN_EMAIL, password: process.env.E2E_ADMIN_PASSWORD };
export const SHOTS = new URL('./screenshots/', import.meta.url).pathname;
export const RUN = Date.now().toString(36);
export const TIMEOUT = 90_000;
// Without an SMTP server the application writes each email as an .eml file under <data-dir>/mail.
export const MAIL_DIR = process.env.E2E_DATA_DIR ? `${process.env.E2E_DATA_DIR}/mail` : null;
mkdirSync(SHOTS, { recursive: true });

export const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
export const violations = [];
let step = 0;

export function log(message) {
  step += 1;
  console.log(`e2e ${String(step).padStart(2, '0')} ${message}`);
}

export async function newPage({ phone = false } = {}) {
  const context = await browser.newContext({
    baseURL: BASE, bypassCSP: true, acceptDownloads: true, locale: 'fr-FR', timezoneId: 'Africa/Casablanca',
    viewport: phone ? { width: 360, height: 740 } : { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(TIMEOUT);
  const page = await context.newPage();
  page.on('dialog', (d) => void d.accept());
  page.on('pageerror', (e) => console.error('page error:', e.message));
  return page;
}

/** axe-core on the current page (serious and critical violations fail the run), then a full-page screenshot. */
export async function check(page, name) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
  found.forEach((v) => violations.push(`${name}: ${v}`));
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true });
}

/** The text part of an .eml file, decoded (quoted-printable or base64). */
export function mailText(eml) {
  // The part ends at the message's own boundary: a line of the body may itself start with "--" (a
  // quoted-printable soft break inside a link's token, say).
  const boundary = /boundary="?([^"\s;]+)"?/i.exec(eml)?.[1];
  assert.ok(boundary, 'the email is multipart');
  const escaped = boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const part = new RegExp(`Content-Type: text/plain[^]*?\\r?\\n\\r?\\n([^]*?)\\r?\\n--${escaped}`, 'i').exec(eml);
  assert.ok(part, 'the email has a text part');
  const headers = eml.slice(0, part.index + part[0].length - part[1].length);
  const encoding = /Content-Transfer-Encoding:\s*([\w-]+)/i.exec(headers.slice(headers.lastIndexOf('Content-Type: text/plain')))?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(part[1], 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const joined = part[1].replace(/=\r?\n/g, '');
    return Buffer.from(joined.replace(/=([0-9A-F]{2})/gi, (_m, hex) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');
  }
  return part[1];
}

/** The link of the last email to this address that holds one of this path. */
export async function mailedLink(recipient, path) {
  const link = new RegExp(`https?://[^\\s"<>]+${path}\\?token=[A-Za-z0-9_-]+`);
  return link.exec(await mailMatching(recipient, link))[0];
}

/** The text of the last email to this address that matches the pattern (the outbox worker sends within seconds). */
export async function mailMatching(recipient, pattern) {
  assert.ok(MAIL_DIR, 'E2E_DATA_DIR names the data folder of the application');
  const deadline = Date.now() + TIMEOUT;
  while (Date.now() < deadline) {
    let files = [];
    try {
      files = readdirSync(MAIL_DIR).filter((f) => f.endsWith(`-${recipient}.eml`)).sort().reverse();
    } catch {
      // the folder appears with the first email
    }
    for (const file of files) {
      const text = mailText(readFileSync(`${MAIL_DIR}/${file}`, 'utf8'));
      if (pattern.test(text)) return text;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no email matching ${pattern} reached ${recipient}`);
}

/**
 * A PDF's lines as Debian's pdftotext reads them in visual order, Arabic presentation forms folded
 * back to letters (NFKC) and the embedding marks, tatweel and extra spaces removed.
 */
export function pdfLines(path) {
  const text = execFileSync('/usr/bin/pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  return text.split('\n')
    .map((line) => line.normalize('NFKC').replace(/[\u202A-\u202E\u2066-\u2069\u0640\u00AD]/g, '').replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0);
}

/**
 * Registration as a teacher does it: the form asks the region, school and level the regional
 * competition needs; the emailed link confirms the address and opens the profile, which already
 * holds them.
 */
export async function registerTeacher(page, who, screenshots) {
  await page.goto('/register');
  await page.getByLabel('Prénom', { exact: true }).fill(who.first);
  await page.getByLabel('Nom', { exact: true }).fill(who.last);
  await page.getByLabel('Adresse e-mail', { exact: true }).fill(who.email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(who.password);
  await page.getByLabel('Région', { exact: true }).selectOption(who.region);
  await page.getByLabel('Établissement', { exact: true }).fill(who.school);
  await page.getByLabel('Niveau scolaire', { exact: true }).selectOption(who.level);
  await page.getByLabel('Discipline', { exact: true }).fill(who.discipline);
  // Registering accepts the privacy notice (issue 20): its summary links to the whole notice; the box is required.
  await page.getByRole('link', { name: 'Lire la notice complète' }).waitFor();
  await page.getByRole('checkbox', { name: /J’ai lu la notice de protection des données personnelles/ }).check();
  await page.locator('main').getByRole('link', { name: 'Se connecter' }).waitFor();
  if (screenshots) await check(page, 'register');
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await page.getByRole('heading', { name: 'Vérifiez votre boîte e-mail' }).waitFor();
  if (screenshots) await check(page, 'register-check-email');
  // The account is usable once its address is confirmed: the link of the email confirms and signs in.
  await page.goto(await mailedLink(who.email, '/confirm-email'));
  await page.waitForURL(/\/profile/);
  // The profile holds what the registration asked (its selects fill once the reference lists arrive).
  await page.waitForFunction(({ school, region, level }) => {
    const values = [...document.querySelectorAll('main input, main select')].map((e) => e.value);
    return values.includes(school) && values.includes(region) && values.includes(level);
  }, { school: who.school, region: who.region, level: who.level });
  assert.equal(await page.getByLabel('Région', { exact: true }).inputValue(), who.region);
  assert.equal(await page.getByLabel('Niveau scolaire', { exact: true }).inputValue(), who.level);
  if (screenshots) await check(page, 'teacher-profile');
}

/**
 * A lifecycle step as an admin takes it: the button opens the step's preview (a dry run) in a dialog,
 * where a reason is given when the step asks one, and nothing happens before "Confirmer".
 */
export async function takeStep(page, button, { reason, shot } = {}) {
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  if (reason) await dialog.getByLabel(reason.label, { exact: true }).fill(reason.text);
  if (shot) await check(page, shot);
  await dialog.getByRole('button', { name: 'Confirmer' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/**
 * A juror scores the open project: every gate of every criterion, or one gate each; writes the
 * feedback; submits and confirms in the dialog that shows the scores.
 */
export async function scoreProject(page, { all, feedback, shot }) {
  for (const criterion of await page.locator('fieldset.criterion').all()) {
    const boxes = await criterion.getByRole('checkbox').all();
    for (const box of boxes.slice(0, all ? boxes.length : 1)) await box.check();
  }
  await page.getByText(/^Total\s: [0-9]/).first().waitFor();
  await page.getByLabel('Retour pour l’enseignant·e', { exact: true }).fill(feedback);
  if (shot) await check(page, shot);
  await page.getByRole('button', { name: 'Soumettre mon évaluation' }).click();
  const dialog = page.getByRole('dialog', { name: 'Soumettre définitivement votre évaluation ?' });
  await dialog.waitFor();
  if (shot) await check(page, `${shot}-confirm`);
  await dialog.getByRole('button', { name: 'Confirmer et soumettre' }).click();
  await page.getByText(/Évaluation soumise\s: note/).waitFor();
}

export async function login(page, email, password) {
  await page.goto('/login');
  await page.getByLabel('Adresse e-mail', { exact: true }).fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).last().click();
  // Signed in: the session is stored (below 60rem the header folds 'Se déconnecter' behind its menu button).
  await page.waitForFunction(() => !!localStorage.getItem('innovatice.session'));
  await page.getByLabel('Mot de passe', { exact: true }).waitFor({ state: 'detached' });
  await page.locator('main h1').first().waitFor();
  await acceptPrivacyNoticeIfAsked(page);
}

/**
 * An account that has not accepted the current privacy notice (the first administrator, accounts an
 * administrator created) is shown it in a dialog at its first login: it accepts, and the dialog closes.
 */
export async function acceptPrivacyNoticeIfAsked(page) {
  const consent = page.getByRole('dialog', { name: 'Protection de vos données personnelles' });
  if (await consent.count() === 0) return;
  await consent.getByRole('button', { name: 'J’accepte la notice' }).click();
  await consent.waitFor({ state: 'detached' });
}

export const pad = (n) => String(n).padStart(2, '0');
export const localInput = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
export const DAY = 86_400_000;
/** A one-page PDF that says a line of text, with a correct cross-reference table (the jurors' preview shows it). */
export function onePagePdf(line) {
  const content = `BT /F1 24 Tf 72 720 Td (${line}) Tj ET`;
  const objects = [
    '<</Type/Catalog/Pages 2 0 R>>',
    '<</Type/Pages/Kids[3 0 R]/Count 1>>',
    '<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 5 0 R>>>>/Contents 4 0 R>>',
    `<</Length ${content.length}>>stream\n${content}\nendstream`,
    '<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}
export const PDF = onePagePdf('Preuve : robot trieur de dechets');

export function certificateCode(pdf) {
  const text = pdf.toString('latin1');
  const code = /[0-9A-HJKMNP-TV-Z]{5}(?:-[0-9A-HJKMNP-TV-Z]{5}){4}/;
  const streams = /stream\r?\n/g;
  for (let m = streams.exec(text); m; m = streams.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    try {
      const found = code.exec(inflateSync(pdf.subarray(start, end)).toString('latin1'));
      if (found) return found[0];
    } catch {
      // not a deflated stream
    }
    streams.lastIndex = end + 9;
  }
  throw new Error('no verification code in the certificate');
}


/** The end of a scenario: axe-core's findings fail the run, and the browser closes. */
export async function finish(error) {
  if (error) {
    console.error(error);
    process.exitCode = 1;
  } else if (violations.length > 0) {
    console.error(`axe-core found ${violations.length} serious or critical violation(s):\n${violations.join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log(`e2e passed; screenshots in ${SHOTS}`);
  }
  await browser.close();
}
