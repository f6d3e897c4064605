/** Campaign periods in a real Chromium, on a fake clock: shown during their days in Dutch time, never otherwise. */
import { describe, expect, it } from 'vitest';
import { campaign } from '../../src/testing/site.ts';
import { recordingContext, servedSite } from '../../src/testing/browser.ts';

const env = servedSite();
const [period] = campaign.periods;

async function banner(at: Date | undefined, path: string, javaScriptEnabled = true) {
  const { context, rec } = await recordingContext(env.browser, { javaScriptEnabled });
  const page = await context.newPage();
  if (at) await page.clock.setFixedTime(at);
  await page.goto(env.site.url(path));
  const el = page.locator('[data-period]');
  const result = { visible: await el.isVisible(), text: (await el.textContent())?.trim(), lang: await page.locator('html').getAttribute('lang'), rec };
  await context.close();
  return result;
}

describe('campaign periods', () => {
  it('has a period to show (the reference campaign: Orange the World, 25 November – 10 December)', () => {
    expect(period).toMatchObject({ from: '11-25', to: '12-10' });
  });

  it('shows the message on every kind of page during the period, in the page language', async () => {
    for (const path of ['', 'vormen/partnergeweld/', 'hulp/']) {
      const b = await banner(new Date('2026-11-30T12:00:00Z'), path);
      expect(b.visible, path).toBe(true);
      expect(b.text).toContain(period.message.nl);
    }
    const ar = await banner(new Date('2026-11-30T12:00:00Z'), 'ar/');
    expect(ar.text).toContain(period.message.ar);
  });

  it('starts and ends at midnight in the Netherlands, also when the site was not rebuilt', async () => {
    expect((await banner(new Date('2026-11-24T22:30:00Z'), '')).visible).toBe(false); // 23:30 on 24 November in Amsterdam
    expect((await banner(new Date('2026-11-24T23:30:00Z'), '')).visible).toBe(true); // 00:30 on 25 November
    expect((await banner(new Date('2026-12-10T22:30:00Z'), '')).visible).toBe(true); // 23:30 on 10 December
    expect((await banner(new Date('2026-12-10T23:30:00Z'), '')).visible).toBe(false); // 00:30 on 11 December
    expect((await banner(new Date('2031-12-01T12:00:00Z'), '')).visible).toBe(true); // every year
  });

  it('never shows without JavaScript (an old build cannot know the day), and asks nothing of another site', async () => {
    const b = await banner(undefined, '', false);
    expect(b.visible).toBe(false);
    const during = await banner(new Date('2026-11-30T12:00:00Z'), '');
    expect(during.rec.requests.filter((r) => !r.startsWith(env.site.origin))).toEqual([]);
  });
});
