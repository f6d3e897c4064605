/** The search index the build writes while the pages render, one language at a time. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { walk } from '../../src/content/files.ts';
import { SearchIndexer, searchDocument } from '../../src/search/pagefind.ts';
import { builtPages, DIST } from '../../src/testing/site.ts';

const work = mkdtempSync(join(tmpdir(), 'signaal-index-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const entryOf = (dir: string) => JSON.parse(readFileSync(`${dir}/pagefind-entry.json`, 'utf8')) as { languages: Record<string, { page_count: number }> };

describe('search index', () => {
  it('is byte for byte the index Pagefind writes for the finished pages, all languages at once', async () => {
    // Every finished page as it is on disk, whole, in path order; Pagefind keeps the ones with data-pagefind-body.
    const pages = builtPages().sort((a, b) => (a.file < b.file ? -1 : 1));
    const { index } = await pagefind.createIndex({});
    for (const page of pages) await index!.addHTMLFile({ sourcePath: page.file, content: page.html });
    await index!.writeFiles({ outputPath: `${work}/once` });
    await pagefind.close();
    const files = walk(`${work}/once`);
    expect(files.filter((f) => f.startsWith('fragment/')).length).toBeGreaterThan(50);
    expect(walk(`${DIST}/pagefind`)).toEqual(files);
    for (const f of files) expect(readFileSync(`${DIST}/pagefind/${f}`).equals(readFileSync(`${work}/once/${f}`)), f).toBe(true);
  });

  it('gives Pagefind only the html tag and the main element, and nothing of a page without data-pagefind-body', () => {
    const html =
      '<!DOCTYPE html><html lang="ar" dir="rtl"><head><title>x</title></head><body><header>Snel weg</header><main id="main" data-pagefind-body><h1>عنوان</h1></main><footer>f</footer></body></html>';
    expect(searchDocument(html)).toBe('<!DOCTYPE html><html lang="ar" dir="rtl"><body><main id="main" data-pagefind-body><h1>عنوان</h1></main></body></html>');
    expect(searchDocument(html.replace(' data-pagefind-body', ''))).toBeUndefined();
  });

  it('leaves out a language without searchable pages, as one pass over the whole site does', async () => {
    const out = `${work}/fallbacks/`;
    const page = (lang: string, body: boolean) =>
      `<!DOCTYPE html><html lang="${lang}"><body><header>Snel weg</header><main${body ? ' data-pagefind-body' : ''}><h1>Titel ${lang}</h1><p>Tekst over hulp.</p></main></body></html>`;
    const indexer = new SearchIndexer(
      out,
      new Map([
        ['nl', 2],
        ['en', 1],
        ['uk', 1],
      ]),
    );
    indexer.add('nl', 'index.html', page('nl', true));
    indexer.add('nl', 'robots.txt', undefined);
    indexer.add('en', 'en/index.html', page('en', true));
    indexer.add('uk', 'uk/index.html', page('uk', false)); // only a fallback copy: not searchable
    expect((await indexer.finish()).pages).toBe(2);
    expect(Object.keys(entryOf(`${out}pagefind`).languages)).toEqual(['en', 'nl']);
    expect(walk(`${out}pagefind`).some((f) => f.startsWith('pagefind.uk'))).toBe(false);
  });

  it('refuses a page of a language that was already indexed, or of one the build did not announce', async () => {
    const indexer = new SearchIndexer(`${work}/late/`, new Map([['nl', 1]]));
    indexer.add('nl', 'index.html', undefined);
    expect(() => indexer.add('nl', 'late/index.html', undefined)).toThrow(/late\/index\.html came after the pages of its language were indexed/);
    expect(() => indexer.add('xx', 'xx/index.html', undefined)).toThrow(/xx\/index\.html is in a language the build did not announce/);
    expect((await indexer.finish()).pages).toBe(0);
  });
});
