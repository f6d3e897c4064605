/**
 * npm run build [-- --strict]: builds into a temporary folder and only replaces dist/
 * when the whole build succeeded, so a failed build never leaves a half-built site.
 * --strict (or SIGNAAL_STRICT=1) fails on stale or example contacts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = process.cwd();
const args = process.argv.slice(2);
const strict = args.includes('--strict');
const next = join(root, '.astro', 'dist-next');
const dist = join(root, 'dist');
// The astro package does not export its bin file: find the package folder instead.
const astro = join(createRequire(join(root, 'package.json')).resolve('astro/package.json'), '..', 'bin', 'astro.mjs');

rmSync(next, { recursive: true, force: true });
const result = spawnSync(process.execPath, [astro, 'build', '--outDir', next, ...args.filter((a) => a !== '--strict')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...(strict ? { SIGNAAL_STRICT: '1' } : {}) },
});

if (result.status !== 0 || !existsSync(join(next, 'index.html'))) {
  rmSync(next, { recursive: true, force: true });
  console.error('\nThe build failed: dist/ was left as it was. Fix the problem above and build again.');
  process.exit(result.status || 1);
}
rmSync(dist, { recursive: true, force: true });
renameSync(next, dist);
console.log('Built the site into dist/.');
