// Every route of src/app/router.tsx, opened as the role that may see it with the demo data, at 360 px
// (or WALK_WIDTH) in French and Arabic: the page must not scroll sideways
// (document.documentElement.scrollWidth <= the width), and each page is saved as a screenshot
// (e2e/screenshots/walk-<width>-<lang>-<name>.png). The demo's jurors have no open assignment and no
// calibration sample, so the scoring and sample pages are walked by e2e/scenario.mjs only. The ids in the addresses (editions, projects,
// assignments, samples, shortlists) are read from the links of the pages visited before them.
// Run against an application started with INNOVATICE_DEMO_ENABLED=true:
//   E2E_BASE_URL=http://127.0.0.1:8080 node e2e/walk-routes.mjs
import { browser, BASE, SHOTS } from './lib.mjs';

const WIDTH = Number(process.env.WALK_WIDTH ?? 360);
const LANGS = (process.env.WALK_LANGS ?? 'fr,ar').split(',');
/** WALK_WHO=public,admin walks only the walks whose account starts with one of these (public: signed out). */
const WHO = process.env.WALK_WHO?.split(',');
const PASSWORD = 'demo-password-2016';
const ADMIN_TABS = ['details', 'screening', 'anonymity', 'rounds', 'calibration', 'assignment', 'evaluations', 'ranking', 'presentations', 'awards', 'statistics'];

/** Who walks which addresses; `{x}` is the first id found in a link matching `find.x` on a page visited before. */
const WALKS = [
  { who: null, routes: ['/', '/editions', '/editions/{edition}', '/gallery', '/gallery/{gallery}', '/verify', '/verify/AAAAA-BBBBB-CCCCC-DDDDD-EEEEE',
    '/login', '/register', '/privacy', '/forgot-password', '/reset-password?token=x', '/confirm-email', '/account-erased', '/no-such-page'],
    find: { edition: /^\/editions\/(\d+)$/, gallery: /^\/gallery\/(\d+)$/ } },
  { who: 'teacher1@demo.innovatice.ma', routes: ['/profile', '/my-data', '/teacher', '/teacher/submissions/{submission}', '/my/submissions/{submission}'],
    find: { submission: /^\/teacher\/submissions\/(\d+)$/ } },
  { who: 'jury1@demo.innovatice.ma', routes: ['/jury', '/jury/assignments/{assignment}', '/jury/calibration/samples/{sample}'],
    find: { assignment: /^\/jury\/assignments\/(\d+)$/, sample: /^\/jury\/calibration\/samples\/(\d+)$/ } },
  // The open demo edition's first round is regional: its shortlist is the coordinator's.
  { who: 'coord-rabat@demo.innovatice.ma', routes: ['/coordinator', '/coordinator/assignment', '/coordinator/ranking', '/admin/editions/{current}/rounds/1/shortlist'],
    find: {} },
  { who: 'admin@demo.innovatice.ma', routes: ['/admin', '/admin/accounts', '/admin/audit', '/admin/outbox', '/admin/retention',
    ...ADMIN_TABS.map((tab) => `/admin/editions/{adminEdition}/${tab}`), ...ADMIN_TABS.map((tab) => `/admin/editions/{adminEdition2}/${tab}`),
    '/admin/editions/{adminEdition}/rounds/1/shortlist', '/admin/editions/{adminEdition2}/rounds/1/shortlist'],
    find: { adminEdition: /^\/admin\/editions\/(\d+)$/ } },
];

const failures = [];
const missing = [];
let pages = 0;

async function signIn(page, email) {
  await page.goto('/login');
  await page.evaluate(async ({ email, password }) => {
    const response = await fetch('/api/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) });
    if (!response.ok) throw new Error(`login ${email}: ${response.status}`);
    const token = await response.json();
    let account = token.account;
    // The privacy notice's dialog would cover every page of a person who has not accepted it yet.
    if (account.privacyConsentRequired) {
      const accepted = await fetch('/api/me/privacy-consent', { method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token.accessToken}` },
        body: JSON.stringify({ version: (await (await fetch('/api/privacy-notice')).json()).version }) });
      if (!accepted.ok) throw new Error(`privacy consent ${email}: ${accepted.status}`);
      account = await accepted.json();
    }
    localStorage.setItem('innovatice.session', JSON.stringify({ token: token.accessToken, expiresAt: Date.now() + token.expiresIn * 1000, account }));
  }, { email, password: PASSWORD });
}

/** Waits for the page to settle: the network idle and no "Loading" status left. */
async function settle(page) {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('main [role=status].muted'), null, { timeout: 15_000 }).catch(() => undefined);
  await page.waitForTimeout(150);
}

for (const lang of LANGS) {
  for (const walk of WALKS.filter((w) => !WHO || WHO.some((who) => (w.who ?? 'public').startsWith(who)))) {
    const context = await browser.newContext({ baseURL: BASE, locale: 'fr-FR', timezoneId: 'Africa/Casablanca', viewport: { width: WIDTH, height: 740 } });
    await context.addInitScript((l) => {
      try { localStorage.setItem('innovatice.language', l); } catch { /* a frame without storage (a PDF preview) */ }
    }, lang);
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`page error (${lang}):`, e.message));
    if (walk.who) await signIn(page, walk.who);
    const ids = { current: String((await (await context.request.get('/api/editions/current')).json()).id) };
    for (const route of walk.routes) {
      const address = route.replace(/\{(\w+)\}/g, (_m, key) => ids[key] ?? `{${key}}`);
      if (address.includes('{')) {
        missing.push(`${lang} ${walk.who ?? 'public'}: ${route} (no link found)`);
        continue;
      }
      await page.goto(address).catch(() => page.goto(address));
      await settle(page);
      pages += 1;
      const hrefs = await page.$$eval('a[href]', (links) => links.map((a) => new URL(a.href).pathname));
      for (const [key, pattern] of Object.entries(walk.find)) {
        if (ids[key]) continue;
        // The first id found, and a second, other one as `<key>2` (the admin walks both demo editions).
        const found = [...new Set(hrefs.map((h) => pattern.exec(h)?.[1]).filter(Boolean))];
        if (found[0]) ids[key] = found[0];
        if (found[1]) ids[`${key}2`] = found[1];
      }
      const { scrollWidth, wide } = await page.evaluate((width) => ({
        scrollWidth: document.documentElement.scrollWidth,
        // The elements that reach past the page's edge, to say what to fix.
        wide: [...document.querySelectorAll('body *')].filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && (r.right > width + 1 || r.left < -1) && !el.closest('.table-wrap, .sr-only, .skip-link');
        }).slice(0, 4).map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} (${Math.round(el.getBoundingClientRect().width)}px)`),
      }), WIDTH);
      const name = `walk-${WIDTH}-${lang}-${address.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}`;
      await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true });
      const verdict = scrollWidth <= WIDTH ? 'ok ' : 'WIDE';
      console.log(`${verdict} ${String(scrollWidth).padStart(4)} ${lang} ${walk.who ?? 'public'} ${address}${scrollWidth > WIDTH ? `  ${wide.join(', ')}` : ''}`);
      if (scrollWidth > WIDTH) failures.push(`${lang} ${address}: scrollWidth ${scrollWidth} > ${WIDTH} (${wide.join(', ')})`);
    }
    await context.close();
  }
}
await browser.close();
console.log(`walk: ${pages} pages at ${WIDTH} px in ${LANGS.join(', ')}; ${failures.length} scroll sideways`);
missing.forEach((m) => console.log(`walk: not walked: ${m}`));
if (failures.length) {
  failures.forEach((f) => console.error(`walk: ${f}`));
  process.exit(1);
}
