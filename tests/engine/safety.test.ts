/**
 * Reader safety in a real Chromium, with the site served under its own _headers
 * (CSP and all): the quick exit, the Shift ×3 shortcut, and that nothing leaves
 * the site and nothing is stored.
 */
import { builtPages, campaign, DIST, t as nl } from '../../src/testing/site.ts';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedSite, recordingContext, storageOf } from '../../src/testing/browser.ts';

const EXIT = campaign.quickExit.url;
const env = servedSite();

/** A context where the exit URL answers locally (no real network), after `delay` ms. */
async function exitContext(opts: { javaScriptEnabled?: boolean; delay?: number } = {}) {
  const { context, rec } = await recordingContext(env.browser, opts);
  const exitRequests: { referer?: string }[] = [];
  await context.route(`${new URL(EXIT).origin}/**`, async (route) => {
    exitRequests.push({ referer: route.request().headers().referer });
    if (opts.delay) await new Promise((r) => setTimeout(r, opts.delay));
    await route.fulfill({ contentType: 'text/html', body: '<title>Weer</title><p>Het weer</p>' });
  });
  return { context, rec, exitRequests };
}

const onExit = (page: Page) => page.waitForURL((u) => u.href === EXIT);

interface PageState {
  title: string;
  visible: number;
  focusable: number;
  alert?: string;
}

/**
 * Clicks the quick exit and reads the page in the same task, right after the exit
 * handler ran and before the browser navigates (a bubbling listener on window runs
 * after the link's own). Optionally fires pageshow there, as a bfcache restore does.
 */
async function stateRightAfterExitClick(page: Page, opts: { pageshow?: boolean } = {}): Promise<PageState> {
  let resolve!: (s: PageState) => void;
  const result = new Promise<PageState>((r) => (resolve = r));
  await page.exposeFunction('reportExitState', (s: PageState) => resolve(s));
  await page.evaluate((pageshow) => {
    window.addEventListener('click', () => {
      if (pageshow) window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      const shown = (e: Element) => (e as HTMLElement).offsetParent !== null || getComputedStyle(e).position === 'fixed';
      (window as unknown as { reportExitState(s: PageState): void }).reportExitState({
        title: document.title,
        visible: [...document.body.children].filter((e) => e.tagName !== 'SCRIPT' && e.getAttribute('role') !== 'alert' && shown(e)).length,
        focusable: [...document.querySelectorAll('a, button, input, summary')].filter(shown).length,
        alert: document.querySelector('[role="alert"]')?.textContent ?? undefined,
      });
    });
  }, opts.pageshow ?? false);
  await page.locator('.quick-exit').click({ noWaitAfter: true });
  return result;
}

describe('quick exit', () => {
  it('is the first thing after the skip link in keyboard order', async () => {
    const { context } = await exitContext();
    const page = await context.newPage();
    await page.goto(env.site.url('vormen/stalking/'));
    const focused = async () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return { text: el.textContent?.trim(), exit: el.hasAttribute('data-quick-exit'), href: el.getAttribute('href') };
      });
    await page.keyboard.press('Tab');
    expect((await focused()).href).toBe('#main');
    await page.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ exit: true, href: EXIT, text: nl('skip.exit') });
    await page.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ exit: true, href: EXIT });
    expect((await focused()).text).toContain(nl('exit.label'));
    await context.close();
  });

  it('hides everything at once on click, blanks the title and leaves with location.replace', async () => {
    // The exit page answers late, so the report below always arrives before the page is gone.
    const { context, exitRequests } = await exitContext({ delay: 1500 });
    const page = await context.newPage();
    await page.goto(env.site.url(''));
    await page.goto(env.site.url('vormen/partnergeweld/'));
    const state = await stateRightAfterExitClick(page);
    // In the same task as the click, before the browser has left: nothing readable or focusable.
    expect(state).toEqual({ title: '', visible: 0, focusable: 0, alert: nl('exit.loading') });
    await onExit(page);
    expect(exitRequests[0].referer).toBeUndefined();
    // location.replace: Back skips the page that was left.
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe(campaign.base);
    await context.close();
  });

  it('restores the page when it is shown again (pageshow, as after the back/forward cache)', async () => {
    const { context } = await exitContext({ delay: 1500 });
    const page = await context.newPage();
    await page.goto(env.site.url(''));
    const title = await page.title();
    const state = await stateRightAfterExitClick(page, { pageshow: true });
    expect(state).toEqual({ title, visible: state.visible, focusable: state.focusable, alert: undefined });
    expect(state.visible).toBeGreaterThan(4);
    expect(state.focusable).toBeGreaterThan(10);
    await context.close();
  });

  it('leaves after Shift pressed on its own three times', async () => {
    const { context } = await exitContext();
    const page = await context.newPage();
    await page.goto(env.site.url('hulp/'));
    await page.keyboard.press('Shift');
    expect(await page.locator('[data-quick-exit-status]').textContent()).toBe(nl('exit.press2'));
    await page.keyboard.press('Shift');
    expect(await page.locator('[data-quick-exit-status]').textContent()).toBe(nl('exit.press1'));
    await Promise.all([onExit(page), page.keyboard.press('Shift')]);
    await context.close();
  });

  it('does not count Shift used as a modifier (Shift+A) and resets on other keys', async () => {
    const { context, exitRequests } = await exitContext();
    const page = await context.newPage();
    await page.goto(env.site.url('hulp/'));
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift+A');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForTimeout(300);
    expect(exitRequests).toHaveLength(0);
    expect(await page.locator('[data-quick-exit-status]').textContent()).toBe(nl('exit.press1'));
    await page.keyboard.press('x');
    await page.keyboard.press('Shift');
    await page.waitForTimeout(300);
    expect(exitRequests).toHaveLength(0);
    expect(await page.locator('[data-quick-exit-status]').textContent()).toBe(nl('exit.press2'));
    await context.close();
  });

  it('forgets the count after 5 seconds without Shift, and says so', async () => {
    const { context, exitRequests } = await exitContext();
    const page = await context.newPage();
    await page.goto(env.site.url('hulp/'));
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForTimeout(5300);
    expect(await page.locator('[data-quick-exit-status]').textContent()).toBe(nl('exit.expired'));
    await page.keyboard.press('Shift');
    await page.waitForTimeout(300);
    expect(exitRequests).toHaveLength(0);
    await context.close();
  });

  it("speaks the reader's language in Arabic", async () => {
    const { context } = await exitContext();
    const page = await context.newPage();
    await page.goto(env.site.url('ar/'));
    await page.keyboard.press('Shift');
    const status = await page.locator('[data-quick-exit-status]').textContent();
    expect(status).not.toBe(nl('exit.press2'));
    expect(status).toMatch(/Shift/);
    await context.close();
  });

  it('still works as a plain link without JavaScript, sending no referrer', async () => {
    const { context, exitRequests } = await exitContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(env.site.url('vormen/stalking/'));
    expect(await page.locator('.quick-exit').getAttribute('rel')).toBe('noreferrer nofollow');
    await Promise.all([onExit(page), page.locator('.quick-exit').click()]);
    expect(exitRequests[0].referer).toBeUndefined();
    await context.close();
  });

  it('never hides a focused element under the sticky bar', async () => {
    const { context } = await exitContext();
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 700 });
    await page.goto(env.site.url('vormen/partnergeweld/'));
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const overlap = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const bar = document.querySelector('[data-quick-exit-bar]')!;
        if (bar.contains(el) || el.classList.contains('skip-link')) return false;
        const a = el.getBoundingClientRect();
        const b = bar.getBoundingClientRect();
        return a.top < b.bottom && a.bottom > b.top;
      });
      expect(overlap, `tab stop ${i}`).toBe(false);
    }
    await context.close();
  });
});

describe('nothing leaves the site', () => {
  const types = ['', 'vormen/', 'vormen/partnergeweld/', 'signalen/', 'verhalen/', 'hulp/', 'privacy/'];
  const samples = [
    ...types,
    ...types.map((p) => `ar/${p}`.replace('vormen/', 'forms/').replace('signalen/', 'signals/').replace('verhalen/', 'stories/').replace('hulp/', 'help/')),
  ];
  const storyNl = builtPages().find((p) => /^verhalen\/.+/.test(p.path))!.path;

  it.each([...samples, storyNl, `ar/${storyNl.replace('verhalen/', 'stories/')}`])(
    '%s: no other origin, no cookies, no storage, no CSP violation',
    async (path) => {
      const { context, rec } = await recordingContext(env.browser);
      const page = await context.newPage();
      const response = await page.goto(env.site.url(path));
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
      await page.waitForLoadState('networkidle');
      // Interact: open the language picker, press Shift once.
      await page.locator('.language-picker summary').click();
      await page.keyboard.press('Shift');
      expect(rec.requests.length).toBeGreaterThan(1);
      expect(rec.requests.filter((u) => !u.startsWith(env.site.origin))).toEqual([]);
      expect(await storageOf(page, context)).toEqual({ cookies: 0, local: 0, session: 0, idb: 0, sw: 0 });
      expect(rec.cspViolations).toEqual([]);
      await context.close();
    },
  );

  it('marks every outbound link rel="noreferrer" and every page no-referrer', () => {
    const missing: string[] = [];
    for (const p of builtPages()) {
      for (const a of p.doc.querySelectorAll('a[href^="http"]')) {
        if (!(a.getAttribute('rel') ?? '').split(/\s+/).includes('noreferrer')) missing.push(`${p.file}: ${a.getAttribute('href')}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('ships no inline script and a quick-exit script under 1.5 KB gzipped', async () => {
    const { gzipSync } = await import('node:zlib');
    const { readFileSync } = await import('node:fs');
    const home = builtPages().find((p) => p.path === '')!;
    const scripts = home.doc.querySelectorAll('script');
    expect(scripts.every((s) => s.getAttribute('src'))).toBe(true);
    for (const p of builtPages()) expect(p.doc.querySelectorAll('script:not([src])').length, p.file).toBe(0);
    const src = scripts.map((s) => s.getAttribute('src')!).find((s) => /QuickExit|quick-exit/i.test(s))!;
    const size = gzipSync(readFileSync(`${DIST}/${src.slice(campaign.base.length)}`)).length;
    expect(size).toBeLessThanOrEqual(1536);
  });
});
