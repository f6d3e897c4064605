/** Sharing in a real Chromium: no tracker, nothing loaded before a click, not on help or safety pages. */
import { describe, expect, it } from 'vitest';
import { campaign, routes, t } from '../../src/testing/site.ts';
import { recordingContext, servedSite } from '../../src/testing/browser.ts';
import { absoluteUrl } from '../../src/routing/manifest.ts';

const env = servedSite();
const story = routes.routes.find((r) => r.kind === 'story' && r.locale === 'nl')!;

describe('sharing a page', () => {
  it('offers e-mail and a plain WhatsApp link on a story, and with JavaScript copies the link; nothing goes to another site', async () => {
    const { context, rec } = await recordingContext(env.browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.site.origin });
    const page = await context.newPage();
    await page.goto(env.site.url(story.path));
    const box = page.locator('[data-share]');
    expect(await box.locator('h2').textContent()).toBe(t('share.title'));
    const url = absoluteUrl(campaign, story.path);
    expect(await box.getByRole('link', { name: t('share.email') }).getAttribute('href')).toContain(`body=${encodeURIComponent(url)}`);
    const whatsapp = box.getByRole('link', { name: t('share.whatsapp') });
    expect(await whatsapp.getAttribute('href')).toMatch(/^https:\/\/wa\.me\/\?text=/);
    expect(await whatsapp.getAttribute('rel')).toBe('noreferrer');
    await box.getByRole('button', { name: t('share.copy') }).click();
    await expect.poll(() => box.locator('[data-share-status]').textContent()).toBe(t('share.copied'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    expect(rec.requests.filter((r) => !r.startsWith(env.site.origin))).toEqual([]);
    await context.close();
  });

  it('works as plain links without JavaScript (the buttons stay hidden)', async () => {
    const { context } = await recordingContext(env.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(env.site.url(story.path));
    expect(await page.locator('[data-share-copy]').isVisible()).toBe(false);
    expect(await page.locator('[data-share] a').count()).toBe(2);
    await context.close();
  });

  it('is not on help or safety pages', async () => {
    const { context } = await recordingContext(env.browser);
    const page = await context.newPage();
    for (const kind of ['help', 'selfcheck', 'search', 'municipality'] as const) {
      const route = routes.routes.find((r) => r.kind === kind && r.locale === 'nl');
      if (!route) continue;
      await page.goto(env.site.url(route.path));
      expect(await page.locator('[data-share]').count(), route.path).toBe(0);
    }
    for (const path of ['privacy/', 'online-veiligheid/', 'melden/']) {
      await page.goto(env.site.url(path));
      expect(await page.locator('[data-share]').count(), path).toBe(0);
    }
    await context.close();
  });
});
