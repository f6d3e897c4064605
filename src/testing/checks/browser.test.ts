/**
 * Every built page in a real Chromium, served with the campaign's own _headers (CSP
 * and all): the quick exit comes first in keyboard order, nothing is requested from
 * another origin, nothing is stored, the CSP is never violated, and axe-core finds no
 * WCAG 2.2 A/AA violation. Runs on whatever campaign is built (`signaal test`).
 */
import { describe, expect, it } from 'vitest';
import { axe, recordingContext, servedSite, storageOf } from '../browser.ts';
import { builtPages, campaign, isNotFound, localeOfPage, t } from '../site.ts';

const env = servedSite();

describe('every page in Chromium', () => {
  it('puts the quick exit first, loads only from its own origin, stores nothing, keeps to the CSP and passes axe', async () => {
    const exit = new URL(campaign.quickExit.url);
    const { context, rec } = await recordingContext(env.browser);
    // The quick-exit address answers locally: the closed network must not decide the test.
    await context.route(`${exit.origin}/**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>x</title>' }));
    const page = await context.newPage();
    const failures: string[] = [];
    const pages = builtPages();
    for (const p of pages) {
      const response = await page.goto(env.site.url(isNotFound(p) ? p.file : p.path));
      if (!response?.headers()['content-security-policy']?.includes("default-src 'self'")) failures.push(`${p.file}: served without the CSP of _headers`);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return { exit: el.hasAttribute('data-quick-exit'), text: el.textContent?.trim() };
      });
      if (!focused.exit || focused.text !== t('skip.exit', localeOfPage(p)))
        failures.push(`${p.file}: the second tab stop is "${focused.text}", not the quick exit`);
      for (const v of await axe(page)) failures.push(`${p.file}: axe ${v.id} (${v.impact}) at ${v.nodes.slice(0, 3).join(', ')}`);
      const storage = await storageOf(page, context);
      if (Object.values(storage).some((n) => n > 0)) failures.push(`${p.file}: stored ${JSON.stringify(storage)}`);
    }
    const elsewhere = [...new Set(rec.requests.filter((u) => !u.startsWith(env.site.origin)))];
    expect(failures).toEqual([]);
    expect(elsewhere).toEqual([]);
    expect(rec.cspViolations).toEqual([]);
    expect(rec.requests.length).toBeGreaterThanOrEqual(pages.length);
    await context.close();
  }, 1_800_000);
});
