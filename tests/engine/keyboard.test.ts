/** A keyboard-only walk through the site in Dutch and Arabic. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedSite, recordingContext } from '../../src/testing/browser.ts';

const env = servedSite();

const active = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      href: el.getAttribute('href'),
      exit: el.hasAttribute('data-quick-exit'),
      text: el.textContent?.trim() ?? '',
    };
  });

/** Presses Tab until the focused element matches, at most `max` times. */
async function tabTo(page: Page, match: (a: Awaited<ReturnType<typeof active>>) => boolean, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (match(await active(page))) return;
  }
  throw new Error('element not reached with Tab');
}

const walks = [
  { locale: 'nl', home: '', selfcheck: 'zelftest/', search: 'zoeken/', other: 'English' },
  { locale: 'ar', home: 'ar/', selfcheck: 'ar/self-check/', search: 'ar/search/', other: 'Nederlands' },
];

describe.each(walks)('keyboard only ($locale)', (w) => {
  it('skip link, then the quick exit, then the page', async () => {
    const { context } = await recordingContext(env.browser);
    const page = await context.newPage();
    await page.goto(env.site.url(w.home));
    await page.keyboard.press('Tab');
    expect((await active(page)).href).toBe('#main');
    await page.keyboard.press('Tab');
    expect((await active(page)).exit).toBe(true);
    await page.keyboard.press('Tab');
    expect((await active(page)).exit).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    expect((await active(page)).id).toBe('main');
    await context.close();
  });

  it('opens the language picker and changes language', async () => {
    const { context } = await recordingContext(env.browser);
    const page = await context.newPage();
    await page.goto(env.site.url(w.home));
    await tabTo(page, (a) => a.tag === 'summary');
    await page.keyboard.press('Enter');
    await tabTo(page, (a) => a.text.startsWith(w.other), 10);
    await Promise.all([page.waitForLoadState('load'), page.keyboard.press('Enter')]);
    expect(await page.getAttribute('html', 'lang')).not.toBe(w.locale);
    await context.close();
  });

  it('does the self-check', async () => {
    const { context } = await recordingContext(env.browser);
    const page = await context.newPage();
    await page.goto(env.site.url(w.selfcheck));
    await tabTo(page, (a) => a.tag === 'input');
    await page.keyboard.press('Space');
    // The first part's buttons come right after its statements.
    await tabTo(page, (a) => a.tag === 'button', 80);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-selfcheck-result'))).toBe(true);
    expect(await page.locator('[data-result-form]:visible').count()).toBe(1);
    await context.close();
  });

  it('searches and opens a result', async () => {
    const { context } = await recordingContext(env.browser);
    const page = await context.newPage();
    await page.goto(env.site.url(w.search));
    await tabTo(page, (a) => a.id === 'search-input');
    const word = await page.evaluate(() => document.querySelector('[data-search-overview] ul a')!.textContent!.trim().split(/\s+/)[0]);
    await page.keyboard.type(word);
    // The results for the whole word, not those of a first letter that came back while typing.
    await page.waitForSelector('[data-search-results][aria-busy="false"] a');
    await page.keyboard.press('ArrowDown');
    expect((await active(page)).tag).toBe('a');
    const target = (await active(page)).href!;
    await Promise.all([page.waitForURL((u) => u.pathname === target), page.keyboard.press('Enter')]);
    await context.close();
  });
});
