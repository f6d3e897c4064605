/** Page-weight budgets on the built site; prints the table. Runs on any campaign. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { budgetTable, formatTable, overBudget, BUDGETS, type PageWeight, type SearchWeight } from '../../quality/budget.ts';
import { pathFor } from '../../routing/paths.ts';
import { recordingContext, servedSite } from '../browser.ts';
import { builtPages, campaign, ctx, DIST } from '../site.ts';

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const distFile = (href: string) => `${DIST}/${decodeURI(new URL(href, 'http://x').pathname).slice(campaign.base.length)}`;

const env = servedSite();

/** A word the search must find: the longest word of the first searchable page's heading. */
function queryWord(): string {
  const page = builtPages().find(
    (p) => p.doc.querySelector('[data-pagefind-body]') && p.doc.querySelector('html')!.getAttribute('lang') === campaign.defaultLocale,
  );
  const words = (page?.doc.querySelector('h1')?.text ?? '').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4);
  return words.sort((a, b) => b.length - a.length)[0] ?? campaign.name[campaign.defaultLocale];
}

/** Bytes fetched for the first search, by file type; the wasm and index files are already compressed. */
async function firstSearch(): Promise<SearchWeight> {
  const { context, rec } = await recordingContext(env.browser);
  const page = await context.newPage();
  await page.goto(env.site.url(pathFor(ctx, campaign.defaultLocale, 'search')));
  await page.waitForLoadState('networkidle');
  const before = rec.requests.length;
  await page.locator('#search-input').click();
  await page.locator('#search-input').fill(queryWord());
  await page.waitForSelector('[data-search-results] a');
  await page.waitForLoadState('networkidle');
  const fetched = [...new Set(rec.requests.slice(before))].map(distFile);
  await context.close();
  const sum = (files: string[], size: (f: string) => number) => files.reduce((n, f) => n + size(f), 0);
  const raw = (f: string) => readFileSync(f).length;
  return {
    js: sum(
      fetched.filter((f) => f.endsWith('.js')),
      gz,
    ),
    wasm: sum(
      fetched.filter((f) => /wasm\.[\w-]+\.pagefind$/.test(f)),
      raw,
    ),
    index: sum(
      fetched.filter((f) => /\.pf_\w+$/.test(f)),
      raw,
    ),
  };
}

describe('page-weight budgets', () => {
  it('keeps every page type within its budget, and search loads only when used', async () => {
    const pages: PageWeight[] = builtPages().map((p) => ({
      file: p.file,
      kind: p.doc.querySelector('body')!.getAttribute('data-kind') ?? '?',
      html: gzipSync(p.html, { level: 9 }).length,
      js: p.doc.querySelectorAll('script[src]').reduce((n, s) => n + gz(distFile(s.getAttribute('src')!)), 0),
    }));
    const cssFiles = new Set(builtPages().flatMap((p) => p.doc.querySelectorAll('link[rel="stylesheet"]').map((l) => l.getAttribute('href')!)));
    const css = [...cssFiles].reduce((n, href) => n + gz(distFile(href)), 0);
    const search = await firstSearch();
    const rows = budgetTable(pages, css, search);
    console.log(formatTable(rows));
    expect(overBudget(rows)).toEqual([]);
    // The measurement itself works: there is CSS and search code to count.
    expect(css).toBeGreaterThan(1000);
    expect(search.js).toBeGreaterThan(10 * 1024);
    expect(search.wasm).toBeGreaterThan(10 * 1024);
    expect(search.index).toBeGreaterThan(0);
    expect(search.js).toBeLessThanOrEqual(BUDGETS.searchCode);
  });
});
