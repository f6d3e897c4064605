/** The search index the build writes: for a large site a few languages at a time. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { walk } from '../../src/content/files.ts';
import { buildSearchIndex, indexPasses } from '../../src/search/pagefind.ts';
import { campaign } from '../support/dist.ts';
import { DIST } from '../support/paths.ts';

const others = campaign.locales.map((l) => l.code).filter((c) => c !== campaign.defaultLocale);
const work = mkdtempSync(join(tmpdir(), 'signaal-index-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('search index', () => {
  it('is byte for byte the index Pagefind writes for all languages at once, also when built one language at a time', async () => {
    const { index } = await pagefind.createIndex({});
    await index!.addDirectory({ path: DIST });
    await index!.writeFiles({ outputPath: `${work}/once` });
    await pagefind.close();
    // The built pages, indexed the way a large site is: one language per pass.
    for (const f of walk(DIST)) if (f.endsWith('.html')) cpSync(`${DIST}/${f}`, `${work}/split/${f}`);
    const split = await buildSearchIndex(`${work}/split/`, others, 1);
    expect(split.pages).toBeGreaterThan(100);
    const files = walk(`${work}/once`);
    expect(files.some((f) => f.startsWith('fragment/'))).toBe(true);
    for (const dir of [`${DIST}/pagefind`, `${work}/split/pagefind`]) {
      expect(walk(dir)).toEqual(files);
      for (const f of files) expect(readFileSync(`${dir}/${f}`).equals(readFileSync(`${work}/once/${f}`)), `${dir}/${f}`).toBe(true);
    }
  });

  it('indexes a small site in one pass and a large one a few languages at a time', () => {
    const [all, ...rest] = indexPasses(`${DIST}/`, others);
    expect(rest).toEqual([]);
    for (const part of ['*.html', 'vormen/**/*.html', ...others.map((c) => `${c}/**/*.html`)]) expect(all).toContain(part);
    expect(all).not.toMatch(/\b(pagefind|_astro)\//);
    const perLocale = indexPasses(`${DIST}/`, others, 1);
    expect(perLocale.slice(1)).toEqual(others.map((c) => `${c}/**/*.html`));
    expect(perLocale[0]).toMatch(/^\{\*\.html,.*vormen\/\*\*\/\*\.html/);
    for (const c of others) expect(perLocale[0]).not.toContain(`,${c}/`);
  });

  it('leaves out a language without searchable pages, as one pass over the whole site does', async () => {
    const site = `${work}/fallbacks/`;
    const page = (path: string, lang: string, body: boolean) => {
      mkdirSync(`${site}${path}`.replace(/\/[^/]+$/, ''), { recursive: true });
      writeFileSync(`${site}${path}`, `<!DOCTYPE html><html lang="${lang}"><body><header>Snel weg</header><main${body ? ' data-pagefind-body' : ''}><h1>Titel ${lang}</h1><p>Tekst over hulp.</p></main></body></html>`);
    };
    page('index.html', 'nl', true);
    page('en/index.html', 'en', true);
    page('uk/index.html', 'uk', false); // only a fallback copy: not searchable
    expect(indexPasses(site, ['en', 'uk'], 1)).toEqual(['*.html', 'en/**/*.html']);
    expect(indexPasses(site, ['en', 'uk'])).toEqual(['{*.html,en/**/*.html}']);
    expect((await buildSearchIndex(site, ['en', 'uk'], 1)).pages).toBe(2);
    const entry = JSON.parse(readFileSync(`${site}pagefind/pagefind-entry.json`, 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages)).toEqual(['en', 'nl']);
  });
});
