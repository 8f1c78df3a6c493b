import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '..', '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) && !/\.test\./.test(name) ? [path] : [];
  });
}

const importsOf = (path: string) => [...readFileSync(path, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]);

describe('one-way imports: shared → features → app', () => {
  it('keeps every feature to itself and to the shared code', () => {
    const offences: string[] = [];
    for (const path of files(join(SRC, 'features'))) {
      const feature = relative(join(SRC, 'features'), path).split('/')[0];
      for (const target of importsOf(path)) {
        const other = /^@\/features\/([^/]+)/.exec(target)?.[1];
        if ((other && other !== feature) || target.startsWith('@/app')) offences.push(`${relative(SRC, path)} imports ${target}`);
      }
    }
    expect(offences).toEqual([]);
  });

  it('keeps the shared code free of features and of the app', () => {
    const offences = ['lib', 'components', 'config'].flatMap((dir) => files(join(SRC, dir)))
      .flatMap((path) => importsOf(path).filter((t) => t.startsWith('@/features') || t.startsWith('@/app')).map((t) => `${relative(SRC, path)} imports ${t}`));
    expect(offences).toEqual([]);
  });

  it('makes one request per file in features/<feature>/api', () => {
    const crowded = files(SRC).filter((p) => /features\/[^/]+\/api\//.test(p))
      .filter((p) => (readFileSync(p, 'utf8').match(/api\.(GET|POST|PUT|PATCH|DELETE)\(|download\(`|xhr\.open\(/g) ?? []).length !== 1)
      .map((p) => relative(SRC, p));
    expect(crowded).toEqual([]);
  });
});
