/** Help finder and self-check in a real Chromium: with and without JavaScript, nl and ar. */
import { builtPages, PROJECT, routes, t } from '../../src/testing/site.ts';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedSite, recordingContext, storageOf } from '../../src/testing/browser.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

const nationalContacts = readdirSync(`${PROJECT}/content/contacts`)
  .map((f) => parseYaml(readFileSync(`${PROJECT}/content/contacts/${f}`, 'utf8')) as { name: string; scope: unknown; relatedForms?: string[] })
  .filter((c) => c.scope === 'national')
  .map((c) => ({ name: c.name, relatedForms: c.relatedForms ?? [] }));

const env = servedSite();

const contactIds = (page: Page, scope: string) => page.locator(`${scope} [data-contact]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-contact')));

describe('help per municipality', () => {
  for (const javaScriptEnabled of [false, true]) {
    it(`the chooser leads to the municipality's page, local help first (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const { context } = await recordingContext(env.browser, { javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(env.site.url('hulp/'));
      expect(await page.locator('[data-filter-field]').isVisible()).toBe(javaScriptEnabled);
      await page.locator('[data-municipality-chooser] a', { hasText: 'Oeverdam' }).click();
      await page.waitForURL(/\/hulp\/oeverdam\/$/);
      expect(await page.locator('h1').textContent()).toBe(t('help.municipalityTitle', 'nl', { name: 'Oeverdam' }));
      const local = await contactIds(page, '[data-local-contacts]');
      expect(local.sort()).toEqual(['oeverdam-buurtteam', 'regio-opvang']);
      expect(await contactIds(page, '[data-national-contacts]')).toContain('veilig-thuis');
      const order = await page.locator('[data-contact]').evaluateAll((els) => els.map((e) => e.getAttribute('data-contact')));
      expect(order.indexOf('regio-opvang')).toBeLessThan(order.indexOf('veilig-thuis'));
      await context.close();
    });
  }

  it('filters the municipalities as you type, and says when none match', async () => {
    const { context } = await recordingContext(env.browser);
    const page = await context.newPage();
    await page.goto(env.site.url('en/help/'));
    const visible = () => page.locator('[data-municipality-chooser] li:visible').allTextContents();
    expect((await visible()).length).toBe(3);
    await page.getByLabel(t('help.filter', 'en')).fill('klein');
    expect((await visible()).map((s) => s.trim())).toEqual(['Kleinveld']);
    await page.getByLabel(t('help.filter', 'en')).fill('zzz');
    expect(await visible()).toEqual([]);
    expect(await page.locator('[data-filter-status]').textContent()).toBe(t('help.filterNone', 'en'));
    await context.close();
  });

  it('shows "open now" against Amsterdam time, and the hours as text without JavaScript', async () => {
    const { context } = await recordingContext(env.browser);
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2026-11-23T10:30:00Z')); // Monday 11:30 in Amsterdam
    await page.goto(env.site.url('hulp/'));
    const status = page.locator('[data-contact="kindertelefoon"] [data-open-status]');
    expect(await status.textContent()).toBe(t('contact.openNow', 'nl', { time: '21:00' }));
    await page.clock.setFixedTime(new Date('2026-11-23T21:30:00Z')); // 22:30
    await page.reload();
    expect(await status.textContent()).toBe(t('contact.closedOpens', 'nl', { when: t('contact.tomorrow', 'nl', { time: '11:00' }) }));
    await context.close();

    const noJs = await recordingContext(env.browser, { javaScriptEnabled: false });
    const p2 = await noJs.context.newPage();
    await p2.goto(env.site.url('hulp/'));
    expect(await p2.locator('[data-contact="kindertelefoon"] [data-open-status]').isVisible()).toBe(false);
    expect(await p2.locator('[data-contact="kindertelefoon"] [data-hours]').textContent()).toContain('11:00–21:00');
    await noJs.context.close();
  });
});

describe('private self-check', () => {
  const cases = [
    { locale: 'nl', path: 'zelftest/' },
    { locale: 'ar', path: 'ar/self-check/' },
  ];
  for (const { locale, path } of cases) {
    it(`${locale}: known ticks give the expected forms and help, stored nowhere and sent nowhere`, async () => {
      const { context, rec } = await recordingContext(env.browser);
      const page = await context.newPage();
      await page.goto(env.site.url(path));
      await page.waitForLoadState('networkidle');
      const before = rec.requests.length;
      // Two signals of partner violence and one of stalking, by keyboard.
      const tick = async (selector: string) => {
        await page.locator(selector).focus();
        await page.keyboard.press('Space');
      };
      await tick('#sc-victim-partnergeweld-0');
      await tick('#sc-victim-partnergeweld-1');
      await tick('#sc-bystander-stalking-0');
      await page.locator('[data-selfcheck-show]').last().focus();
      await page.keyboard.press('Enter');
      const result = page.locator('[data-selfcheck-result]');
      expect(await result.isVisible()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-selfcheck-result'))).toBe(true);
      const forms = await result.locator('[data-result-form]:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-result-form')));
      expect(forms).toEqual(['partnergeweld', 'stalking']);
      expect(await result.locator('[data-selfcheck-summary]').textContent()).toBe(t('selfcheck.matches', locale, { count: '3' }));
      expect(await result.textContent()).toContain(t('selfcheck.notDiagnosis', locale));
      const shown = await result.locator('[data-result-contact]:visible strong').allTextContents();
      const expected = nationalContacts.filter((c) => c.relatedForms.some((f) => ['partnergeweld', 'stalking'].includes(f))).map((c) => c.name);
      expect(shown.sort()).toEqual(expected.sort());
      expect(shown).toContain('Veilig Thuis');
      expect(shown.length).toBeLessThan(nationalContacts.filter((c) => c.relatedForms.length).length);
      // Nothing sent, nothing stored, nothing in the address.
      expect(rec.requests.slice(before)).toEqual([]);
      expect(new URL(page.url()).search + new URL(page.url()).hash).toBe('');
      expect(await storageOf(page, context)).toEqual({ cookies: 0, local: 0, session: 0, idb: 0, sw: 0 });
      // Leaving clears the answers, also when the page comes back from the back/forward cache.
      await page.goto(env.site.url(''));
      await page.goBack();
      expect(await page.locator('[data-selfcheck] input:checked').count()).toBe(0);
      expect(await result.isVisible()).toBe(false);
      await context.close();
    });
  }

  it('without JavaScript shows the checklist with links to each form and to help', async () => {
    const { context } = await recordingContext(env.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(env.site.url('zelftest/'));
    // Every form of the campaign, for victims and for bystanders, with its signals.
    const forms = routes.routes.filter((r) => r.kind === 'form' && r.locale === 'nl').length;
    expect(await page.locator('[data-selfcheck] input[type="checkbox"]').count()).toBeGreaterThan(forms * 4);
    expect(await page.locator('[data-selfcheck-actions]:visible').count()).toBe(0);
    expect(await page.locator('[data-selfcheck] fieldset h2 a').count()).toBe(forms * 2);
    expect(await page.locator('#selfcheck-help ~ * a[href^="tel:"], [aria-labelledby="selfcheck-help"] a[href^="tel:"]').count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('printable checklist', () => {
  /** Pages of the PDF Chromium prints, read from the page tree's /Count. */
  const pdfPages = (pdf: Buffer) => Math.max(...[...pdf.toString('latin1').matchAll(/\/Count (\d+)/g)].map((m) => Number(m[1])));

  it('a form page prints as an A4 checklist: tick boxes and phone numbers, no quick exit, navigation or article', async () => {
    const { context } = await recordingContext(env.browser);
    const page = await context.newPage();
    await page.goto(env.site.url('vormen/kindermishandeling/'));
    // The button opens the browser's print dialog (replaced here, a headless browser has none).
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.getByRole('button', { name: t('form.print') }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    const onScreen = await page
      .locator('.checklist li')
      .first()
      .evaluate((li) => getComputedStyle(li, '::before').content);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.quick-exit').isVisible()).toBe(false);
    expect(await page.locator('nav[aria-label]').first().isVisible()).toBe(false);
    expect(await page.locator('.prose').isVisible()).toBe(false);
    expect(await page.locator('.checklist li').count()).toBeGreaterThanOrEqual(5);
    const box = await page
      .locator('.checklist li')
      .first()
      .evaluate((li) => getComputedStyle(li, '::before').content);
    expect([onScreen, box]).toEqual(['none', '""']);
    expect(await page.getByText(t('checklist.intro')).isVisible()).toBe(true);
    expect(await page.locator('[aria-labelledby="form-help"] li:visible', { hasText: 'Veilig Thuis: 0800-2000' }).count()).toBe(1);
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
    await context.close();
  });

  it('without JavaScript the page says how to print it and shows no button that would do nothing', async () => {
    const { context } = await recordingContext(env.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(env.site.url('en/forms/stalking/'));
    expect(await page.getByText(t('form.printHint', 'en')).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: t('form.print', 'en') }).count()).toBe(0);
    await context.close();
  });

  it('every form fits on one A4 sheet in every language', { timeout: 180_000 }, async () => {
    const { context } = await recordingContext(env.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    const forms = builtPages().filter((p) => /<body[^>]*data-kind="form"/.test(p.html));
    expect(forms.length).toBe(routes.routes.filter((r) => r.kind === 'form').length);
    const over: string[] = [];
    for (const form of forms) {
      await page.goto(env.site.url(form.path));
      const pages = pdfPages(await page.pdf({ format: 'A4' }));
      if (pages !== 1) over.push(`${form.path}: ${pages} pages`);
    }
    expect(over).toEqual([]);
    await context.close();
  });
});
