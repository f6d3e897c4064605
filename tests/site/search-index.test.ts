/** The search index the build writes, one language at a time. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { walk } from '../../src/content/files.ts';
import { localeGlobs } from '../../src/search/pagefind.ts';
import { campaign } from '../support/dist.ts';
import { DIST } from '../support/paths.ts';

const others = campaign.locales.map((l) => l.code).filter((c) => c !== campaign.defaultLocale);
const work = mkdtempSync(join(tmpdir(), 'signaal-index-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('search index', () => {
  it('is byte for byte the index Pagefind writes for all languages at once', async () => {
    const { index } = await pagefind.createIndex({});
    await index!.addDirectory({ path: DIST });
    await index!.writeFiles({ outputPath: work });
    await pagefind.close();
    const files = walk(work);
    expect(files.some((f) => f.startsWith('fragment/'))).toBe(true);
    expect(walk(`${DIST}/pagefind`)).toEqual(files);
    for (const f of files) expect(readFileSync(`${DIST}/pagefind/${f}`).equals(readFileSync(`${work}/${f}`)), f).toBe(true);
  });

  it('splits the pages by locale folder, the default locale taking the rest', () => {
    const globs = localeGlobs(`${DIST}/`, others);
    expect(globs.slice(1)).toEqual(others.map((c) => `${c}/**/*.html`));
    const home = globs[0];
    expect(home.startsWith('{*.html,')).toBe(true);
    for (const folder of [...others, 'pagefind', '_astro']) expect(home).not.toContain(`,${folder}/`);
    expect(home).toContain('vormen/**/*.html');
  });
});
