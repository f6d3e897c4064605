/** Runs `npm run build` (scripts/build.ts) in a project folder with the project's own Node. */
import { spawnSync } from 'node:child_process';
import { ROOT } from './paths.ts';

/** The environment without Vitest's own settings (NODE_ENV=test would change Astro's mode). */
export function cleanEnv(): Record<string, string | undefined> {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (k === 'NODE_ENV' || k.startsWith('VITEST') || k === 'TEST') delete env[k];
  return env;
}

export function astroBuild(cwd: string, extraArgs: string[] = [], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [`${ROOT}/scripts/build.ts`, ...extraArgs], {
    cwd,
    encoding: 'utf8',
    env: { ...cleanEnv(), FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    timeout: 600_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}
