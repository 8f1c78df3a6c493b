// Every main page of the demo in Arabic and in English, as each role sees it: no organiser text of the
// demo data is left in French (the editions' titles, themes, rules, venues, the rubric, the citations),
// axe-core finds nothing serious, and each page is saved as a screenshot, at 1280 px and at 360 px.
// Runs against an application started with the demo data (run.sh starts one for this scenario).
import assert from 'node:assert/strict';
import { BASE, check, finish, log, newPage } from './lib.mjs';

const DEMO_PASSWORD = 'demo-password-2016';
const LANGS = ['ar', 'en'];

async function api(path, { lang, token } = {}) {
  const response = await fetch(`${BASE}${path}`, {
    headers: { ...(lang ? { 'Accept-Language': lang } : {}), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  });
  assert.equal(response.status, 200, `GET ${path}: ${response.status}`);
  return response.json();
}

/** A demo account's login answer (its token and account), its privacy notice accepted through the API. */
async function loginOf(email) {
  const response = await fetch(`${BASE}/api/auth/login`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  assert.equal(response.status, 200, `login ${email}`);
  const answer = await response.json();
  const notice = await api('/api/privacy-notice');
  const consent = await fetch(`${BASE}/api/me/privacy-consent`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${answer.accessToken}` },
    body: JSON.stringify({ version: notice.version }),
  });
  assert.ok(consent.status < 300, `privacy consent of ${email}: ${consent.status}`);
  return answer;
}

async function tokenOf(email) {
  return (await loginOf(email)).accessToken;
}

/** Every string of a JSON answer, with its path. */
function strings(value, path = '', out = new Map()) {
  if (typeof value === 'string') out.set(path, value);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => strings(v, `${path}.${k}`, out));
  return out;
}

/**
 * The organiser's texts of the demo in French that have a translation: the strings of the editions,
 * their rubrics and results answered in French that the same answers in Arabic and in English replace
 * (a teacher's project title or a person's name stays as typed, in every language).
 */
/** An edition's own texts (of a list, an edition, the results' edition) and a citation; a project's title is the teacher's. */
const ORGANISER_FIELD = /^(\[\d+\])?(\.items\[\d+\])?(\.edition)?\.(title|theme|rules|ceremonyVenue)$|\.forum\.name$|\.citation$/;

async function frenchOrganiserTexts(adminToken) {
  const editions = await api('/api/editions', { lang: 'fr', token: adminToken });
  const paths = ['/api/editions'];
  for (const e of editions.items ?? editions) {
    paths.push(`/api/editions/${e.id}`, `/api/editions/${e.id}/criteria`);
    if (e.status === 'PUBLISHED' || e.status === 'ARCHIVED') paths.push(`/api/editions/${e.id}/results`);
  }
  // Per language, the French texts that this language replaces (a proper name such as "Global Education
  // Forum" may stay the same in English; in Arabic every organiser text must be translated).
  const texts = Object.fromEntries(LANGS.map((lang) => [lang, new Set()]));
  const first = (text) => text.split(/\n/)[0].trim();
  for (const path of paths) {
    const fr = strings(await api(path, { lang: 'fr', token: adminToken }));
    const others = await Promise.all(LANGS.map(async (lang) => strings(await api(path, { lang, token: adminToken }))));
    for (const [key, text] of fr) {
      if (text.length < 12 || !/\s/.test(text)) continue;
      // A text given in the three languages (a criterion's label, description, questions).
      if (/\.fr$/.test(key) && !/\.texts\./.test(key)) {
        const base = key.slice(0, -3);
        for (const lang of LANGS) {
          const value = fr.get(`${base}.${lang}`);
          if (value && value !== text) texts[lang].add(first(text));
        }
        const ar = fr.get(`${base}.ar`);
        if ((!ar || ar === text) && /(label|description|gates\[\d+\])$/.test(base)) {
          assert.fail(`the demo's ${path} ${base} has no Arabic: "${text.slice(0, 80)}"`);
        }
        continue;
      }
      // The stored values of every language (`texts`, `citationTranslations`) are the same in every answer.
      if (/\.texts\.|citationTranslations|\.(ar|en)$/.test(key)) continue;
      LANGS.forEach((lang, i) => {
        if (others[i].has(key) && others[i].get(key) !== text) texts[lang].add(first(text));
      });
      const arabic = others[LANGS.indexOf('ar')];
      if (arabic.has(key) && arabic.get(key) === text && ORGANISER_FIELD.test(key)) {
        assert.fail(`the demo's ${path} ${key} has no Arabic: "${text.slice(0, 80)}"`);
      }
    }
  }
  for (const lang of LANGS) assert.ok(texts[lang].size >= 10, `only ${texts[lang].size} translated organiser texts in ${lang} in the demo`);
  return Object.fromEntries(LANGS.map((lang) => [lang, [...texts[lang]].filter((t) => t.length >= 12)]));
}

async function visit(page, lang, width, name, path, texts) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await page.locator('main').first().waitFor();
  const shown = await page.evaluate(() => document.body.innerText);
  const left = texts.filter((t) => shown.includes(t));
  assert.deepEqual(left, [], `${lang} ${path}: French organiser text on the page`);
  assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= width, `${lang} ${path}: the page is ${wide} px wide at ${width} px`);
  await check(page, `lang-${lang}-${width}-${name}`);
}

/** A page in this language and width, signed in as this demo account (the client's stored session). */
async function signedInPage(lang, phone, email) {
  const page = await newPage({ phone });
  const answer = email ? await loginOf(email) : null;
  const session = answer ? { token: answer.accessToken, expiresAt: Date.now() + answer.expiresIn * 1000, account: answer.account } : null;
  await page.addInitScript(([l, s]) => {
    localStorage.setItem('innovatice.language', l);
    if (s) localStorage.setItem('innovatice.session', JSON.stringify(s));
  }, [lang, session]);
  return page;
}

try {
  const admin = await tokenOf('admin@demo.innovatice.ma');
  log('the demo organiser texts in French that Arabic and English replace');
  const texts = await frenchOrganiserTexts(admin);
  const editions = await api('/api/editions', { lang: 'fr' });
  const published = (editions.items ?? editions).find((e) => e.status === 'PUBLISHED' || e.status === 'ARCHIVED');
  assert.ok(published, 'the demo has a published edition');
  const pages = [
    { who: null, name: 'home', path: '/' },
    { who: null, name: 'editions', path: '/editions' },
    { who: null, name: 'results', path: `/editions/${published.id}` },
    { who: null, name: 'gallery', path: '/gallery' },
    { who: 'teacher1@demo.innovatice.ma', name: 'teacher', path: '/teacher' },
    { who: 'jury1@demo.innovatice.ma', name: 'jury', path: '/jury' },
    { who: 'coord-rabat@demo.innovatice.ma', name: 'coordinator', path: '/coordinator' },
    { who: 'admin@demo.innovatice.ma', name: 'admin', path: '/admin' },
  ];
  for (const lang of LANGS) {
    for (const phone of [false, true]) {
      log(`every main page in ${lang} at ${phone ? 360 : 1280} px`);
      for (const p of pages) {
        const page = await signedInPage(lang, phone, p.who);
        await visit(page, lang, phone ? 360 : 1280, p.name, p.path, texts[lang]);
        await page.context().close();
      }
    }
  }
  await finish();
} catch (error) {
  await finish(error);
}
