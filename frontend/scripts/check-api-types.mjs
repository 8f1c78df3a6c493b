// Regenerates the API types from ../openapi.yaml and fails when they differ from the committed ones.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'innovatice-api-'));
const fresh = join(dir, 'schema.d.ts');
try {
  execFileSync('npx', ['openapi-typescript', '../openapi.yaml', '-o', fresh], { stdio: 'ignore' });
  const committed = readFileSync('src/lib/api/schema.d.ts', 'utf8');
  if (readFileSync(fresh, 'utf8') !== committed) {
    console.error('src/lib/api/schema.d.ts is out of date with ../openapi.yaml: run `npm run gen:api` and commit it.');
    process.exit(1);
  }
  console.log('API types match openapi.yaml');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
