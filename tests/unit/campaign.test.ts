import { describe, expect, it } from 'vitest';
import { ContentError, parseCampaign } from '../../src/config/campaign.ts';
import { contrast } from '../../src/config/colour.ts';
import { validCampaign } from '../support/campaign.ts';

function problems(input: unknown): string {
  try {
    parseCampaign(input);
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return (e as Error).message;
  }
  throw new Error('expected the campaign to be rejected');
}

describe('campaign.yaml', () => {
  it('accepts a valid campaign and fills defaults', () => {
    const c = parseCampaign(validCampaign());
    expect(c.base).toBe('/huiselijk-geweld/');
    expect(c.quickExit.url).toMatch(/^https:\/\//);
    expect(c.locales.find((l) => l.code === 'ar')?.dir).toBe('rtl');
  });

  it('rejects unknown keys, naming the file and field', () => {
    const msg = problems({ ...validCampaign(), colour: 'red' });
    expect(msg).toContain('content/campaign.yaml');
    expect(msg).toContain('colour: unknown field');
  });

  it('names a missing nested field', () => {
    const c = validCampaign();
    delete (c.organisation as Record<string, unknown>).name;
    expect(problems(c)).toMatch(/organisation\.name: required field is missing/);
  });

  it('requires the default locale to be listed and named', () => {
    expect(problems({ ...validCampaign(), defaultLocale: 'fr' })).toMatch(/defaultLocale: expected one of the listed locales \(nl, en, ar\)/);
    expect(problems({ ...validCampaign(), name: { en: 'Together' } })).toMatch(/name\.nl: required for the default locale/);
  });

  it('rejects a bad base path and a bad locale direction', () => {
    expect(problems({ ...validCampaign(), base: 'huiselijk-geweld' })).toMatch(/base: expected a path that starts and ends with \//);
    const c = validCampaign();
    c.locales[2].dir = 'right' as 'rtl';
    expect(problems(c)).toMatch(/locales\[2\]\.dir: "right" is not allowed — use ltr or rtl/);
  });

  it('rejects theme colours without enough contrast', () => {
    const msg = problems({ ...validCampaign(), theme: { primary: '#ff9999', accent: '#f6d8e8' } });
    expect(msg).toMatch(/theme\.primary: #ff9999 has a contrast of [\d.]+:1 with white text; WCAG AA needs at least 4.5:1/);
    expect(problems({ ...validCampaign(), theme: { primary: '#7a1f5c', accent: '#333333' } })).toMatch(/theme\.accent/);
  });

  it('computes WCAG contrast ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 1);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 1);
  });
});
