/** Two builds of the same campaign give the same bytes, so hosts and CDNs can cache. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAMPAIGN_FILES, ENGINE, installEngine, nodeModulesOf } from '../install.ts';
import { DIST, PROJECT, walk } from '../site.ts';

function digest(dir: string): Record<string, string> {
  return Object.fromEntries(walk(dir).map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]));
}

describe('reproducible output', () => {
  it('a second build of the campaign in another folder is byte-identical', () => {
    const dir = mkdtempSync(join(tmpdir(), 'signaal-rebuild-'));
    try {
      for (const f of CAMPAIGN_FILES) if (existsSync(`${PROJECT}/${f}`)) cpSync(`${PROJECT}/${f}`, `${dir}/${f}`, { recursive: true });
      // The engine's repository is also its default campaign: its copy is a plain campaign.
      if (PROJECT === ENGINE) writeFileSync(`${dir}/package.json`, '{ "name": "campaign", "private": true, "type": "module" }\n');
      installEngine(dir, nodeModulesOf(PROJECT));
      const env = { ...process.env };
      for (const k of Object.keys(env)) if (k === 'NODE_ENV' || k.startsWith('VITEST')) delete env[k];
      const r = spawnSync(process.execPath, [`${ENGINE}/bin/signaal.mjs`, 'build'], { cwd: dir, encoding: 'utf8', env, maxBuffer: 256 * 1024 * 1024 });
      expect(r.status, `${r.stdout}\n${r.stderr}`.slice(-3000)).toBe(0);
      const a = digest(DIST);
      const b = digest(`${dir}/dist`);
      expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
      expect(Object.keys(a).filter((k) => a[k] !== b[k])).toEqual([]);
      expect(Object.keys(a).length).toBeGreaterThan(10);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 900_000);
});
