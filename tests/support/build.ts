/** Runs the project's own Astro build with the project's own Node. */
import { spawnSync } from 'node:child_process';

export function astroBuild(cwd: string, extraArgs: string[] = [], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [`${cwd}/node_modules/astro/bin/astro.mjs`, 'build', ...extraArgs], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    timeout: 600_000,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}
