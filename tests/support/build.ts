/** Runs `npm run build` (scripts/build.ts) in a project folder with the project's own Node. */
import { spawnSync } from 'node:child_process';
import { ROOT } from './paths.ts';

export function astroBuild(cwd: string, extraArgs: string[] = [], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [`${ROOT}/scripts/build.ts`, ...extraArgs], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    timeout: 600_000,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}
