/** A small valid campaign for unit tests. */
import { parseCampaign, type CampaignInput } from '../../src/config/campaign.ts';
import { resolveStrings } from '../../src/i18n/ui.ts';

export const validCampaign = (): CampaignInput => ({
  site: 'https://example.org',
  base: '/huiselijk-geweld/',
  name: { nl: 'Samen', en: 'Together' },
  tagline: { nl: 'Geweld is nooit normaal', en: 'Violence is never normal' },
  organisation: { name: 'Gemeente Test', kind: 'region', municipalities: [{ slug: 'a-stad', name: 'A-stad' }] },
  locales: [
    { code: 'nl', name: 'Nederlands', dir: 'ltr' },
    { code: 'en', name: 'English', dir: 'ltr' },
    { code: 'ar', name: 'العربية', dir: 'rtl' },
  ],
  defaultLocale: 'nl',
  theme: { primary: '#7a1f5c', accent: '#f6d8e8' },
  contact: 'redactie@example.org',
});

export function testContext() {
  const campaign = parseCampaign(validCampaign());
  const strings = resolveStrings(
    campaign.locales.map((l) => l.code),
    campaign.defaultLocale,
  );
  return { campaign, strings, ctx: { defaultLocale: campaign.defaultLocale, strings } };
}
