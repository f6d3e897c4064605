/** Runs Astro's own command line in a campaign folder. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The astro package does not export its bin file: find it from the campaign's package.json. */
export function astroBin(root: string): string {
  return join(createRequire(join(root, 'package.json')).resolve('astro/package.json'), '..', 'bin', 'astro.mjs');
}

export function runAstro(command: string, argv: string[], root: string): number {
  const r = spawnSync(process.execPath, [astroBin(root), command, ...argv], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return r.status ?? 1;
}
