/**
 * `signaal build [--strict]`: builds into a temporary folder and only replaces dist/
 * when the whole build succeeded, so a failed build never leaves a half-built site.
 * --strict (or SIGNAAL_STRICT=1) fails on stale or example contacts.
 * Other arguments go to `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { astroBin, astroEnv } from './astro.ts';

export function runBuild(argv: string[], root: string, env: NodeJS.ProcessEnv = process.env): number {
  const strict = argv.includes('--strict');
  const next = join(root, '.astro', 'dist-next');
  const dist = join(root, 'dist');
  rmSync(next, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [astroBin(root), 'build', '--outDir', next, ...argv.filter((a) => a !== '--strict')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...astroEnv(env), ...(strict ? { SIGNAAL_STRICT: '1' } : {}) },
  });
  if (result.status !== 0 || !existsSync(join(next, 'index.html'))) {
    rmSync(next, { recursive: true, force: true });
    console.error('\nThe build failed: dist/ was left as it was. Fix the problem above and build again.');
    return result.status || 1;
  }
  rmSync(dist, { recursive: true, force: true });
  renameSync(next, dist);
  console.log('Built the site into dist/.');
  return 0;
}
