import * as pagefind from 'pagefind';
import { rmSync } from 'node:fs';
import { localeGlobs } from '../src/search/pagefind.ts';
const dir = process.argv[2];
rmSync('/tmp/pf3', { recursive: true, force: true });
const t0 = performance.now();
const el = () => ((performance.now() - t0) / 1000).toFixed(2);
for (const glob of localeGlobs(dir, ['ar', 'en', 'pl', 'tr', 'uk'])) {
  const { index } = await pagefind.createIndex({}); const a = el();
  const r = await index!.addDirectory({ path: dir, glob }); const b = el();
  await index!.writeFiles({ outputPath: '/tmp/pf3' }); const c = el();
  await pagefind.close();
  console.log(glob.slice(0, 20), r.page_count, 'created', a, 'added', b, 'written', c, 'closed', el());
}
