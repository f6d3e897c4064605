/** Runs `signaal build` (src/cli/build.ts) in a campaign folder with the project's own Node. */
import { spawnSync } from 'node:child_process';
import { ROOT } from './paths.ts';

/** The environment without Vitest's own settings (NODE_ENV=test would change Astro's mode). */
export function cleanEnv(): Record<string, string | undefined> {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (['NODE_ENV', 'TEST', 'DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL'].includes(k) || k.startsWith('VITEST')) delete env[k];
  return env;
}

/** `signaal <command>` in a folder, as a campaign's npm scripts run it. */
export function signaal(cwd: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [`${ROOT}/bin/signaal.mjs`, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...cleanEnv(), FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    timeout: 600_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

export const astroBuild = (cwd: string, extraArgs: string[] = [], env: Record<string, string> = {}) => signaal(cwd, ['build', ...extraArgs], env);
