/** Runs Astro's own command line in a campaign folder. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The astro package does not export its bin file: find it from the campaign's package.json. */
export function astroBin(root: string): string {
  return join(createRequire(join(root, 'package.json')).resolve('astro/package.json'), '..', 'bin', 'astro.mjs');
}

/**
 * The environment for Astro: without the mode variables of a parent Vite or Vitest
 * (DEV=1, MODE=test, …), which would make a build behave as a development server.
 */
export function astroEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...env, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const k of ['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL']) delete out[k];
  return out;
}

export function runAstro(command: string, argv: string[], root: string): number {
  const r = spawnSync(process.execPath, [astroBin(root), command, ...argv], {
    cwd: root,
    stdio: 'inherit',
    env: astroEnv(),
  });
  return r.status ?? 1;
}
