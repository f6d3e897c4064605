/** Two builds of the same content give the same bytes, so hosts and CDNs can cache. */
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../support/fixture.ts';
import { DIST, ROOT } from '../support/paths.ts';

function digest(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

describe('reproducible output', () => {
  it('a second build of the default campaign in another folder is byte-identical', () => {
    const f = fixture();
    try {
      // Same content and public files as the project itself.
      f.remove('content');
      cpSync(`${ROOT}/content`, `${f.dir}/content`, { recursive: true });
      cpSync(`${ROOT}/public`, `${f.dir}/public`, { recursive: true });
      const r = f.build();
      expect(r.status, r.output.slice(-2000)).toBe(0);
      const a = digest(DIST);
      const b = digest(`${f.dir}/dist`);
      expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
      const differing = Object.keys(a).filter((k) => a[k] !== b[k]);
      expect(differing).toEqual([]);
      expect(Object.keys(a).length).toBeGreaterThan(200);
    } finally {
      f.dispose();
    }
  }, 600_000);
});
