/** Search in a real Chromium, under the shipped CSP, per language. */
import { readFileSync } from 'node:fs';
import { campaign, PROJECT, t } from '../../src/testing/site.ts';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedSite, recordingContext } from '../../src/testing/browser.ts';
import { parse as parseYaml } from 'yaml';

const env = servedSite();

const titleOf = (file: string) => (parseYaml(readFileSync(`${PROJECT}/content/${file}`, 'utf8').split(/^---$/m)[1]) as { title: string }).title;

async function searchFor(page: Page, query: string): Promise<string[]> {
  const before = await page.locator('[data-search-status]').textContent();
  await page.locator('#search-input').fill(query);
  await page.waitForFunction((b) => {
    const s = document.querySelector('[data-search-status]')?.textContent ?? '';
    return s && s !== b && !s.endsWith('…');
  }, before);
  return page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search', () => {
  it('finds a form, a contact number and a story in Dutch', async () => {
    const { context, rec } = await recordingContext(env.browser);
    const page = await context.newPage();
    await page.goto(env.site.url('zoeken/'));
    expect(rec.requests.some((u) => u.includes('/pagefind/'))).toBe(false); // nothing loads before the reader searches
    expect((await searchFor(page, 'stalking'))[0]).toBe(`${campaign.base}vormen/stalking/`);
    const number = await searchFor(page, '0800');
    expect(number.length).toBeGreaterThan(3);
    expect(number).toContain(`${campaign.base}hulp/`);
    expect(await searchFor(page, 'buurvrouw')).toContain(`${campaign.base}verhalen/de-buurvrouw/`);
    expect(await searchFor(page, 'verzorger')).toContain(`${campaign.base}vormen/ouderenmishandeling/`);
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/\d+ resultaten|1 resultaat/);
    expect(rec.requests.filter((u) => !u.startsWith(env.site.origin))).toEqual([]);
    expect(rec.cspViolations).toEqual([]);
    await context.close();
  });

  it('answers an Arabic query with Arabic pages only, and never with a fallback copy', async () => {
    const { context, rec } = await recordingContext(env.browser);
    const page = await context.newPage();
    await page.goto(env.site.url('ar/search/'));
    const title = titleOf('forms/ar/stalking.mdx');
    const results = await searchFor(page, title.split(/\s+/)[0]);
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((u) => u.startsWith(`${campaign.base}ar/`))).toBe(true);
    expect(results).toContain(`${campaign.base}ar/forms/stalking/`);
    // Stories are not translated into Arabic: their Dutch fallback copies are not in the Arabic index.
    expect(await searchFor(page, 'buurvrouw')).toEqual([]);
    expect(await page.locator('[data-search-status]').textContent()).toBe(t('search.none', 'ar', { query: 'buurvrouw' }));
    expect(rec.cspViolations).toEqual([]);
    await context.close();
  });

  it('shows excerpts of the page text, without the hidden filter labels glued to it', async () => {
    const { context } = await recordingContext(env.browser);
    const page = await context.newPage();
    await page.goto(env.site.url('zoeken/'));
    const title = titleOf('forms/nl/stalking.mdx');
    await searchFor(page, title);
    const excerpt = await page.locator(`[data-search-results] li:has(a[href$="/vormen/stalking/"]) p`).last().textContent();
    expect(excerpt).toContain(title);
    // The hidden filter labels ("Vorm van geweld", the form's title) are not text of the
    // page: indexed, they glued to the title as one word ("…geweldStalking").
    expect(excerpt).not.toMatch(new RegExp(`\\S${title}`));
    await context.close();
  });

  it('narrows results with the type filter', async () => {
    const { context } = await recordingContext(env.browser);
    const page = await context.newPage();
    await page.goto(env.site.url('zoeken/'));
    const all = await searchFor(page, 'Veilig Thuis');
    await page.getByLabel(t('search.type.story'), { exact: true }).check();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-search-results] a')].every((a) => new URL((a as HTMLAnchorElement).href).pathname.includes('/verhalen/')),
    );
    const stories = await page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(stories.length).toBeGreaterThan(0);
    expect(stories.length).toBeLessThan(all.length);
    await context.close();
  });

  it('works with the keyboard only', async () => {
    const { context } = await recordingContext(env.browser);
    const page = await context.newPage();
    await page.goto(env.site.url('zoeken/'));
    // Tab from the top of the page to the search box.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.id === 'search-input')) break;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.type('stalking');
    await page.waitForSelector('[data-search-results][aria-busy="false"] a');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).pathname)).toBe(`${campaign.base}vormen/stalking/`);
    await Promise.all([page.waitForURL(/\/vormen\/stalking\/$/), page.keyboard.press('Enter')]);
    await context.close();
  });

  it('keeps a keyboard user in the results when newer results arrive', async () => {
    const { context } = await recordingContext(env.browser);
    const page = await context.newPage();
    await page.goto(env.site.url('zoeken/'));
    await page.locator('#search-input').focus();
    await page.keyboard.type('stalking');
    await page.waitForSelector('[data-search-results][aria-busy="false"] a');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    // Results of a query typed a moment earlier arrive while the reader is on the second result.
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#search-input')!;
      input.value = 'geweld';
      input.dispatchEvent(new Event('input'));
    });
    await page.waitForFunction(
      () =>
        document.querySelector('[data-search-results]')?.getAttribute('aria-busy') === 'false' &&
        !document.querySelector('[data-search-results] a[href$="/vormen/stalking/"]'),
    );
    expect(
      await page.evaluate(() => {
        const links = [...document.querySelectorAll('[data-search-results] a')];
        return links.indexOf(document.activeElement as Element);
      }),
    ).toBe(1);
    await context.close();
  });

  it('without JavaScript offers an overview of every page of the language', async () => {
    const { context } = await recordingContext(env.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(env.site.url('en/search/'));
    expect(await page.locator('[data-search-form]').isVisible()).toBe(false);
    const links = await page.locator('[data-search-overview] a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toContain(`${campaign.base}en/forms/stalking/`);
    expect(links).toContain(`${campaign.base}en/help/`);
    expect(links.every((u) => u.startsWith(`${campaign.base}en/`))).toBe(true);
    await context.close();
  });

  it('loads no search code on a content page', async () => {
    const { context, rec } = await recordingContext(env.browser);
    const page = await context.newPage();
    await page.goto(env.site.url('vormen/stalking/'));
    await page.waitForLoadState('networkidle');
    expect(rec.requests.filter((u) => /pagefind|search/i.test(u))).toEqual([]);
    await context.close();
  });
});
