/** Reading the site in a real Chromium: switching languages, RTL, accessibility of every page. */
import { builtPages, campaign } from '../../src/testing/site.ts';
import { describe, expect, it } from 'vitest';
import { axe, servedSite, recordingContext } from '../../src/testing/browser.ts';

const env = servedSite();

describe('language picker', () => {
  it('switches nl → ar → en on the same page, with lang and dir', async () => {
    const { context } = await recordingContext(env.browser);
    const page = await context.newPage();
    await page.goto(env.site.url('vormen/partnergeweld/'));
    expect(await page.getAttribute('html', 'lang')).toBe('nl');

    const choose = async (name: string) => {
      await page.locator('.language-picker summary').click();
      await page.locator('.language-picker a', { hasText: name }).click();
      await page.waitForLoadState('load');
    };
    await choose('العربية');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(page.url()).toMatch(/\/ar\/forms\/partnergeweld\/$/);
    expect(await page.locator('h1').textContent()).not.toBe('Partnergeweld');

    await choose('English');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getAttribute('html', 'dir')).toBe('ltr');
    expect(await page.locator('h1').textContent()).toBe('Partner violence');
    await context.close();
  });

  it('leads to the home page of a language the page is not translated into, never to a 404', async () => {
    const { context } = await recordingContext(env.browser);
    const page = await context.newPage();
    const story = builtPages().find((p) => p.path.startsWith('verhalen/') && p.path !== 'verhalen/')!;
    await page.goto(env.site.url(story.path));
    const pl = page.locator('.language-picker a[lang="pl"]');
    await page.locator('.language-picker summary').click();
    const response = await Promise.all([page.waitForNavigation(), pl.click()]).then(([r]) => r);
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe(`${campaign.base}pl/`);
    await context.close();
  });

  it('mirrors the layout in Arabic: the quick exit sits at the inline end (left)', async () => {
    const { context } = await recordingContext(env.browser);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(env.site.url('ar/'));
    const exit = (await page.locator('.quick-exit').boundingBox())!;
    expect(exit.x + exit.width).toBeLessThan(500);
    await page.goto(env.site.url(''));
    const ltr = (await page.locator('.quick-exit').boundingBox())!;
    expect(ltr.x).toBeGreaterThan(500);
    await context.close();
  });
});

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  it('finds no violations on any built page in any locale', async () => {
    const { context } = await recordingContext(env.browser);
    const page = await context.newPage();
    const failures: string[] = [];
    const pages = builtPages();
    for (const p of pages) {
      await page.goto(env.site.url(p.file.endsWith('404.html') ? p.file : p.path));
      for (const v of await axe(page)) failures.push(`${p.file}: ${v.id} (${v.impact}) at ${v.nodes.slice(0, 3).join(', ')}`);
    }
    expect(failures).toEqual([]);
    expect(pages.length).toBeGreaterThan(100);
    await context.close();
  }, 900_000);
});
