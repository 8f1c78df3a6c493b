// The JavaScript a visitor's browser fetches before the first public page shows (home, open call,
// results): the entry chunk of the build and every chunk it imports statically, gzipped, plus the
// texts of the default language (fetched before the first render). Fails above the budget, and when a
// page that src/app/router.tsx loads lazily (the signed-in areas) ends up in those chunks after all.
// Run after `npm run build`: `npm run check:size` (BUNDLE_BUDGET_KB overrides the 100 KB budget).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET_BYTES = Number(process.env.BUNDLE_BUDGET_KB ?? 100) * 1024;

/** The chunks loaded before the first render: the entry, what it imports statically, and the default language's texts. */
export function initialChunks(manifest, defaultLocale = 'src/lib/i18n/locales/fr.ts') {
  const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
  if (!entry) throw new Error('no entry chunk in the manifest');
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  visit(entry[0]);
  if (manifest[defaultLocale]) visit(defaultLocale);
  return [...seen].map((key) => manifest[key].file);
}

/** The modules src/app/router.tsx imports lazily (`import('…')`), as manifest keys (src/….tsx). */
export function lazyRouteModules(routerSource) {
  return [...routerSource.matchAll(/import\('([^']+)'\)/g)].map(([, specifier]) =>
    `${specifier.replace(/^@\//, 'src/').replace(/^\.\//, 'src/app/')}.tsx`);
}

/** The lazy pages the first page carries anyway: missing from the manifest, or built into an initial chunk. */
export function eagerLazyPages(manifest, lazyModules, files) {
  return lazyModules.filter((key) => !manifest[key] || files.includes(manifest[key].file));
}

function main() {
  const dist = process.argv[2] ?? 'dist';
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const files = initialChunks(manifest);
  let total = 0;
  for (const file of files) {
    const size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
    total += size;
    console.log(`${(size / 1024).toFixed(1).padStart(7)} KB  ${file}`);
  }
  const eager = eagerLazyPages(manifest, lazyRouteModules(readFileSync('src/app/router.tsx', 'utf8')), files);
  eager.forEach((key) => console.log(`lazy page in the first page's chunks (or not built as its own chunk): ${key}`));
  if (eager.length) process.exit(1);
  const verdict = total <= BUDGET_BYTES ? 'within' : 'OVER';
  console.log(`${(total / 1024).toFixed(1).padStart(7)} KB  gzip JavaScript before the first public page (${verdict} the ${BUDGET_BYTES / 1024} KB budget)`);
  if (total > BUDGET_BYTES) process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
