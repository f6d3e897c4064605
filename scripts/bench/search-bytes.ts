/** Bytes a reader downloads from opening search until the first results, measured in Chromium. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launch, recordingContext } from '../../src/testing/browser.ts';
import { serve } from '../../src/testing/server.ts';

export async function bytesUntilFirstResults(dist: string, pagePath: string, query: string): Promise<number> {
  const site = await serve(dist, '/');
  const browser = await launch();
  try {
    const { context, rec } = await recordingContext(browser);
    const page = await context.newPage();
    await page.goto(site.url(pagePath));
    const before = rec.requests.length;
    const count = await page.evaluate(async (q) => {
      const url = '/pagefind/pagefind.js';
      const pf = await import(url);
      await pf.options({ noWorker: true });
      const r = await pf.search(q);
      await Promise.all(r.results.slice(0, 10).map((x: { data(): Promise<unknown> }) => x.data()));
      return r.results.length;
    }, query);
    if (!count) throw new Error(`no results for "${query}" in ${dist}`);
    const files = [...new Set(rec.requests.slice(before))].map((u) => `${dist}${new URL(u).pathname}`);
    // Pagefind's own files are compressed already; scripts are counted gzipped.
    return files.reduce((n, f) => n + (f.endsWith('.js') ? gzipSync(readFileSync(f)).length : readFileSync(f).length), 0);
  } finally {
    await browser.close();
    await site.close();
  }
}
