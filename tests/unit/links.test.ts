import { describe, expect, it } from 'vitest';
import { resolveLink, type LinkTargets } from '../../src/content/links.ts';
import { telHref, spokenNumber } from '../../src/help/phone.ts';
import { testContext } from '../support/campaign.ts';

const { ctx } = testContext();
const targets: LinkTargets = {
  exists: (kind, slug) => ['stalking', 'privacy', 'veilig-thuis', 'a-stad'].includes(slug) && kind !== 'story',
  known: () => [],
  audiencesOf: () => undefined,
};
const link = (u: string, locale = 'en') => resolveLink(u, locale, '/hg/', ctx, targets);

describe('internal links in MDX', () => {
  it('resolve per locale under the base path', () => {
    expect(link('form:stalking')).toBe('/hg/en/forms/stalking/');
    expect(link('form:stalking', 'nl')).toBe('/hg/vormen/stalking/');
    expect(link('page:privacy#cookies', 'nl')).toBe('/hg/privacy/#cookies');
    expect(link('help:')).toBe('/hg/en/help/');
    expect(link('help:a-stad')).toBe('/hg/en/help/a-stad/');
    expect(link('contact:veilig-thuis', 'nl')).toBe('/hg/hulp/#contact-veilig-thuis');
  });

  it('leave other links alone', () => {
    expect(link('https://example.org')).toBeNull();
    expect(link('mailto:a@example.org')).toBeNull();
    expect(link('#top')).toBeNull();
  });

  it('fail on missing targets and on root-relative links', () => {
    expect(() => link('form:bestaat-niet')).toThrow(/form "bestaat-niet" that does not exist/);
    expect(() => link('contact:nope')).toThrow(/contact "nope"/);
    expect(() => link('/vormen/')).toThrow(/starts with \//);
  });
});

describe('phone numbers', () => {
  it('become international tel: links, short numbers stay short', () => {
    expect(telHref('0800-2000')).toBe('tel:+318002000');
    expect(telHref('112')).toBe('tel:112');
    expect(telHref('+31 247 247 247')).toBe('tel:+31247247247');
  });
  it('are spelled out digit by digit for screen readers', () => {
    expect(spokenNumber('0800-2000')).toBe('0 8 0 0, 2 0 0 0');
  });
});

describe('phone numbers in running text', () => {
  it('finds service, international and emergency numbers, not years or figures', async () => {
    const { findPhoneNumbers } = await import('../../src/help/phone.ts');
    const found = (s: string) => findPhoneNumbers(s).map((f) => f.number);
    expect(found('Bel 0800-2000 of 112, of +31 247 247 247.')).toEqual(['0800-2000', '112', '+31 247 247 247']);
    expect(found('Sinds 2013 en 1,3 miljoen mensen; 0900-8844.')).toEqual(['0900-8844']);
    expect(found('De 112NL-app')).toEqual([]);
  });
});

describe('spoken international numbers', () => {
  it('say "plus" before the country code', () => {
    expect(spokenNumber('+31 247 247 247')).toBe('plus 3 1, 2 4 7, 2 4 7, 2 4 7');
  });
});
